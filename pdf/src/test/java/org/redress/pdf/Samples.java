package org.redress.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.redress.core.document.BulletList;
import org.redress.core.document.Declaration;
import org.redress.core.document.ExhibitReference;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.Field;
import org.redress.core.document.FieldGrid;
import org.redress.core.document.ImmutableBulletList;
import org.redress.core.document.ImmutableField;
import org.redress.core.document.ImmutableSignatureBlock;
import org.redress.core.document.MissingItem;
import org.redress.core.document.Notice;
import org.redress.core.document.NoticeLevel;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;
import org.redress.core.document.Subheading;
import org.redress.core.document.Table;
import org.redress.core.document.ImmutableAttachment;

/** Fictional documents for tests and the gallery: every block type, several scripts, generated images. */
final class Samples {

    static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private Samples() {
    }

    /** A PNG "screenshot" of a fictional post, generated. */
    static Path screenshot(Path dir, String name, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(245, 248, 250));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(29, 161, 242));
        g.fillOval(20, 20, 60, 60);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString("@example_account_123", 100, 45);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        for (int y = 110, i = 0; y < h - 20; y += 34, i++) {
            g.drawString("Fictional message line " + (i + 1) + " for testing only.", 30, y);
        }
        g.dispose();
        Path p = dir.resolve(name);
        ImageIO.write(img, name.endsWith(".jpg") ? "jpg" : "png", p.toFile());
        return p;
    }

    /** A witness-statement-like document using every block type; image refs point into {@code dir}. */
    static ReportDocument everyBlock(Path dir) throws IOException {
        Path png = screenshot(dir, "post-1.png", 900, 700);
        Path jpg = screenshot(dir, "post-2.jpg", 1200, 2600);
        Path manifest = dir.resolve("notes.txt");
        java.nio.file.Files.writeString(manifest, "Fictional attachment for testing.\n");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(List.of("JS/" + i, "2026-03-" + String.format("%02d", i % 28 + 1) + " 21:" + String.format("%02d", i % 60),
                    "Direct message from a fictional account, item " + i + " https://social.example/p/"
                            + "x".repeat(i % 7 * 9) + i, HASH));
        }
        return ReportDocument.builder()
                .kind("core.test-statement")
                .title("Witness statement (fictional sample)")
                .subtitle("Criminal Procedure Rules r. 16.2; Criminal Justice Act 1967, s. 9 — sample only")
                .caseReference("RDX-2026-0042")
                .preparedOn(LocalDate.of(2026, 11, 22))
                .language("en-GB")
                .addHeaderFields(Field.of("witness.name", "Name of witness", "Alex Example"),
                        Field.of("witness.age", "Age if under 18", "Over 18"),
                        Field.blank("witness.occupation", "Occupation"),
                        ImmutableField.builder().key("case.hash").label("Bundle SHA-256").value(HASH).monospace(true).build())
                .addSections(Section.of("Statement",
                        Paragraph.numbered("I make this statement about messages I received between March and May 2026. "
                                + "Everything in it is fictional and exists only to test the renderer.", FactOrigin.PERSONS_ACCOUNT),
                        Paragraph.numbered("Greek: Καλημέρα κόσμε. Cyrillic: Добрый день, мир. Latin: Zażółć gęślą jaźń, "
                                + "façade, naïve, Ærøskøbing.", FactOrigin.PERSONS_ACCOUNT),
                        Subheading.of("The messages"),
                        ImmutableParagraph("You will regret this. Everyone will know.", FactOrigin.VERBATIM),
                        Paragraph.numbered("A very long address: https://social.example/" + "a".repeat(180)
                                + "?ref=" + "b".repeat(60) + " was shared.", FactOrigin.CASE_RECORD),
                        BulletList.of(List.of("First fictional event.", "Second fictional event, with a longer description "
                                + "that wraps onto a second line of the list item body text.")),
                        ImmutableBulletList.builder().items(List.of("Ordered one", "Ordered two", "Ordered three")).ordered(true).build(),
                        Notice.of(NoticeLevel.WARNING, "If you are in immediate danger call the emergency number. "
                                + "This is a fictional notice."),
                        Notice.of(NoticeLevel.IMPORTANT, "This is not legal advice."),
                        Notice.of(NoticeLevel.INFO, "Fact marked unverified in the sample."),
                        FieldGrid.of(Field.of("incident.platform", "Platform", "Example Social"),
                                Field.blank("incident.police_ref", "Police reference"))))
                .addSections(Section.builder().heading("Schedule of exhibits").addBlocks(
                        Table.builder().caption("Schedule of exhibits").columns(List.of("Exhibit", "Captured", "Description", "SHA-256"))
                                .widths(List.of(10, 16, 40, 34)).monospaceColumns(List.of(3)).rows(rows).build()).build())
                .addSections(Section.builder().heading("Exhibits").newPage(true).addBlocks(
                        ExhibitReference.builder().label("JS/1").description("Screenshot of a fictional direct message.")
                                .evidenceId("ev-0001").sha256(HASH).imageRef(png.toString())
                                .altText("Screenshot of a fictional post by @example_account_123").build(),
                        ExhibitReference.builder().label("JS/2").description("Long fictional scrolling screenshot (JPEG).")
                                .sha256(HASH).imageRef(jpg.toString()).build(),
                        ExhibitReference.builder().label("JS/3").description("Exhibit without an image.").sha256(HASH).build()).build())
                .addSections(Section.of("Declaration",
                        Declaration.of("Statement of truth", "This statement is true to the best of my knowledge and belief "
                                + "and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution "
                                + "if I have wilfully stated in it anything which I know to be false or do not believe to be true."),
                        ImmutableSignatureBlock.builder().label("Signature of witness").name("Alex Example").capacity("Witness").build(),
                        ImmutableSignatureBlock.builder().label("Signature of officer").date(LocalDate.of(2026, 11, 22)).build()))
                .addMissing(MissingItem.of("/subject/address", "The witness's address, needed on the back page."))
                .addWithheldFields("witness.address")
                .addAttachments(ImmutableAttachment.builder().name("notes.txt").mediaType("text/plain")
                        .description("Fictional notes").ref(manifest.toString()).build())
                .build();
    }

    private static Paragraph ImmutableParagraph(String text, FactOrigin origin) {
        return org.redress.core.document.ImmutableParagraph.builder().text(text).origin(origin).build();
    }

    /** A minimal document. */
    static ReportDocument small() {
        return ReportDocument.builder().kind("core.test-small").title("Small fictional document")
                .addHeaderFields(Field.of("a.b", "Label", "Value one"))
                .addSections(Section.of("Only", Paragraph.numbered("Text.", FactOrigin.GENERATED)))
                .build();
    }
}
