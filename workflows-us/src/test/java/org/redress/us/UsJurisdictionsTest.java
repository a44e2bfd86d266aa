package org.redress.us;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Jurisdiction;

class UsJurisdictionsTest {

    @Test
    void thePackCoversEachOfItsJurisdictionsAndTheyAreTheCodesCasesUse() throws Exception {
        UsPack pack = new UsPack();
        assertThat(pack.covers(UsJurisdictions.UNITED_STATES)).isTrue();
        assertThat(UsJurisdictions.STATES).allSatisfy(j -> assertThat(pack.covers(j)).as(j.code()).isTrue());
        assertThat(UsJurisdictions.UNITED_STATES.code()).isEqualTo("US");
        assertThat(RedressJson.newMapper().writeValueAsString(UsJurisdictions.CALIFORNIA)).isEqualTo("\"US-CA\"");
        assertThat(RedressJson.newMapper().readValue("\"US\"", Jurisdiction.class))
                .isEqualTo(UsJurisdictions.UNITED_STATES);
    }
}
