package org.redress.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redress.core.document.*;

class DocumentJsonSmokeTest {
    @Test
    void roundTrip() {
        ReportDocument doc = ReportDocument.builder().kind("core.test-doc").title("Witness statement")
                .addHeaderFields(Field.of("name", "Name", "Alex Example"), Field.blank("age", "Age if under 18"))
                .addSections(Section.of("Statement", Paragraph.numbered("On 1 March...", FactOrigin.PERSONS_ACCOUNT),
                        Table.builder().addColumns("Exhibit", "SHA-256").addRows(java.util.List.of("AE/1", "ab")).build(),
                        Declaration.of("Statement of truth", "I believe..."),
                        Notice.of(NoticeLevel.WARNING, "Unverified")))
                .build();
        byte[] json = RedressJson.write(doc);
        ReportDocument back = RedressJson.read(json, ReportDocument.class, "document");
        assertThat(back).isEqualTo(doc);
        assertThat(new PlainTextRenderer().render(doc))
                .contains("WITNESS STATEMENT", "Name: Alex Example", "1. On 1 March...", "AE/1 | ab",
                        "[ Statement of truth ]", "[WARNING] Unverified");
    }
}
