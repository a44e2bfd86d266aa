package org.redress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.redress.evidence.EvidenceIntegrityException;

class IntegrityExitCodeTest {

    @Test
    void tamperedEvidenceExitsWithTheIntegrityCodeAndNamesOnlyTheItem() {
        StringWriter text = new StringWriter();
        int code = RedressCli.report(new EvidenceIntegrityException("ev-1", "segment 0 failed authentication"),
                new PrintWriter(text, true));
        assertThat(code).isEqualTo(ExitCodes.INTEGRITY).isEqualTo(7);
        assertThat(text.toString()).contains("ev-1").contains("keep the vault folder exactly as it is")
                .doesNotContain("\tat ");
    }
}
