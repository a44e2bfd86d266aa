package org.redress.uk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Jurisdiction;

class UkJurisdictionsTest {

    @Test
    void thePackCoversEachOfItsJurisdictionsAndTheyAreTheCodesCasesUse() throws Exception {
        UkPack pack = new UkPack();
        assertThat(UkJurisdictions.ALL).allSatisfy(j -> assertThat(pack.covers(j)).as(j.code()).isTrue());
        assertThat(UkJurisdictions.ALL).extracting(Jurisdiction::code)
                .containsExactly("GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR");
        // the JSON form is the code, as in format 1.0 and 1.1 files
        assertThat(RedressJson.newMapper().writeValueAsString(UkJurisdictions.SCOTLAND)).isEqualTo("\"GB-SCT\"");
        assertThat(RedressJson.newMapper().readValue("\"GB-NIR\"", Jurisdiction.class))
                .isEqualTo(UkJurisdictions.NORTHERN_IRELAND);
    }
}
