package org.redress.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedressVersionTest {

    @Test
    void theVersionIsTheOneTheBuildSet() {
        // Surefire passes the POM's version; the resource was filtered by the same build.
        assertThat(RedressVersion.current())
                .isEqualTo(System.getProperty("redress.expectedVersion"))
                .matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
    }
}
