package org.redress.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.json.RedressJson;

class BulletListTest {

    @Test
    void markersOfLettersAndNumbers() {
        assertThat(BulletList.Numbering.LETTERS.marker(0)).isEqualTo("(a)");
        assertThat(BulletList.Numbering.LETTERS.marker(25)).isEqualTo("(z)");
        assertThat(BulletList.Numbering.LETTERS.marker(26)).isEqualTo("(aa)");
        assertThat(BulletList.Numbering.NUMBERS.marker(9)).isEqualTo("10.");
    }

    @Test
    void orderedListsAreLetteredUnlessNumberedAndKeepTheirNumberingInJson() {
        BulletList lettered = BulletList.lettered(List.of("harass the Applicant;", "contact the Applicant."));
        assertThat(lettered.ordered()).isTrue();
        assertThat(lettered.numbering()).isEqualTo(BulletList.Numbering.LETTERS);
        BulletList numbered = ImmutableBulletList.builder().items(List.of("one", "two")).ordered(true)
                .numbering(BulletList.Numbering.NUMBERS).build();
        ReportDocument doc = ReportDocument.builder().kind("core.test-lists").title("Lists")
                .addSections(Section.of("Terms", lettered, numbered)).build();
        String text = new PlainTextRenderer().render(doc);
        assertThat(text).contains("(a) harass the Applicant;", "(b) contact the Applicant.", "1. one", "2. two");
        String json = new String(RedressJson.write(doc), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).containsPattern("\"numbering\"\\s*:\\s*\"numbers\"");
        assertThat(RedressJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), ReportDocument.class,
                "document"))
                .isEqualTo(doc);
    }
}
