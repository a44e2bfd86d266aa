package org.redress.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.redress.core.InvalidDataException;
import org.redress.core.model.Address;
import org.redress.core.model.Case;
import org.redress.core.model.Channel;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.ImmutableImpactEntry;
import org.redress.core.model.ImpactKind;
import org.redress.core.model.Incident;
import org.redress.core.model.IncidentTime;
import org.redress.core.model.Jurisdiction;
import org.redress.core.model.Person;
import org.redress.core.model.Place;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.ImmutableDocumentOptions;

class DocumentKitTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    static Case sample() {
        return Case.builder().id("case-1").jurisdiction(Jurisdiction.of("GB-ENG"))
                .subject(Person.builder().name("Sam Pattern").email("sam@example.org").build())
                .addIncidents(Incident.builder().id("i1")
                        .occurredAt(IncidentTime.at(OffsetDateTime.parse("2026-11-01T22:15:00-08:00"), LA))
                        .channel(Channel.SOCIAL_MEDIA).platform("instagram").addKinds(HarassmentKind.TROLLING)
                        .build())
                .addImpact(ImmutableImpactEntry.builder().date(LocalDate.of(2026, 11, 2))
                        .kind(ImpactKind.SAFETY_CHANGE).description("Stayed with a friend").build())
                .build();
    }

    private static DocumentOptions options(boolean forService) {
        return ImmutableDocumentOptions.builder().forService(forService).preparedOn(LocalDate.of(2026, 12, 1))
                .build();
    }

    @Test
    void timesAreLocalWithTheZoneAbbreviationAndTheExactInstantOnRequest() {
        Case c = sample();
        DocumentKit uk = DocumentKit.of(c, options(false), Audience.COURT, DocumentKit.Style.UK);
        DocumentKit us = DocumentKit.of(c, options(false), Audience.COURT, DocumentKit.Style.US);
        IncidentTime t = c.incidents().get(0).occurredAt();
        assertThat(uk.when(t)).isEqualTo("1 November 2026 at 22:15 PST");
        assertThat(us.when(t)).isEqualTo("November 1, 2026, at 10:15 PM PST");
        assertThat(us.dateTimeExact(t.instant().get(), LA)).endsWith("(2026-11-02T06:15:00Z)");
        assertThat(uk.date(LocalDate.of(2026, 3, 3))).isEqualTo("3 March 2026");
        assertThat(us.preparedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void anOffsetTheZoneDidNotHaveIsAProblemButUtcIsExact() {
        assertThatThrownBy(() -> IncidentTime.at(OffsetDateTime.parse("2026-11-01T22:15:00-07:00"), LA))
                .isInstanceOf(InvalidDataException.class);
        assertThat(IncidentTime.at(OffsetDateTime.parse("2026-11-02T06:15:00Z"), LA).zone()).isEqualTo(LA);
        assertThat(IncidentTime.at(OffsetDateTime.parse("2026-07-01T22:15:00-07:00"), LA).zone()).isEqualTo(LA);
    }

    @Test
    void oneExhibitLabelFormatPerStyle() {
        Case c = sample();
        assertThat(DocumentKit.letters(0)).isEqualTo("A");
        assertThat(DocumentKit.letters(26)).isEqualTo("AA");
        assertThat(DocumentKit.of(c, options(false), Audience.COURT, DocumentKit.Style.UK).exhibitLabel("none"))
                .isEqualTo("none");
    }

    @Test
    void generatedAltTextStaysWithinItsLimit() {
        String description = "word ".repeat(400).trim();
        String alt = DocumentKit.altText("SP/10", description);
        assertThat(alt).hasSizeLessThanOrEqualTo(DocumentKit.ALT_TEXT_MAX).endsWith("\u2026").startsWith("Exhibit SP/10: ");
        ExhibitReference.builder().label("SP/10").description(description).altText(alt).build();
        String emoji = "\uD83D\uDE00".repeat(1500);
        String cut = DocumentKit.shorten(emoji, 2000);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }

    @Test
    void papersReachingTheOtherPartyWithholdContactsPlacesAndSafetyAndSayWhyInTheCompanion() {
        Case c = sample();
        DocumentKit kit = DocumentKit.of(c, options(true), Audience.COURT, DocumentKit.Style.UK);
        assertThat(kit.reachesOtherParty()).isTrue();
        Field email = kit.contact("person.email", "E-mail", "your e-mail address", c.subject().email());
        assertThat(email.value()).contains(DocumentKit.WITHHELD_TEXT);
        assertThat(kit.place(Place.HOME)).isEqualTo("a place I go to");
        assertThat(kit.impactShown()).isEmpty();
        kit.noteForPerson(Notice.of(NoticeLevel.WARNING, "Plan your safety first."));
        var b = kit.start("uk.test-doc", "Test").addSections(Section.of("Body", FieldGrid.of(email)))
                .addMissing(MissingItem.of("/incidents/0/account", "What happened on 1 November 2026, in your words."));
        ReportDocument doc = kit.finish(b);
        assertThat(doc.audience()).isEqualTo(Audience.COURT);
        assertThat(doc.forService()).isTrue();
        assertThat(doc.withheldFields()).contains("person.email");
        String sent = new PlainTextRenderer().render(doc);
        assertThat(sent).doesNotContain("sam@example.org", "Plan your safety", "STILL MISSING", "Withheld from this copy:");
        String notes = new PlainTextRenderer().render(doc.companion().orElseThrow());
        assertThat(notes).contains("Plan your safety first.", "What happened on 1 November 2026", "Your e-mail address")
                .doesNotContain("/incidents/0");
        assertThat(doc.companion().get().audience()).isEqualTo(Audience.PERSON);
        String json = new String(org.redress.core.json.RedressJson.write(doc), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).as("the sent document's JSON holds no notes for the person").doesNotContain("Plan your safety")
                .containsPattern("\"audience\": ?\"court\"");
    }

    @Test
    void aDocumentForThePersonKeepsItsNotesAndHasNoCompanion() {
        Case c = sample();
        DocumentKit kit = DocumentKit.of(c, options(false), Audience.PERSON, DocumentKit.Style.US);
        assertThat(kit.contact("a", "Address", "your address", Optional.of("1 Example Road")).value())
                .contains("1 Example Road");
        assertThat(kit.place(Place.WORK)).isEqualTo("where I work");
        ReportDocument doc = kit.finish(kit.start("us.test-doc", "Test"));
        assertThat(doc.companion()).isEmpty();
        assertThat(DocumentKit.platformName("instagram")).isEqualTo("Instagram");
        assertThat(DocumentKit.platformName("example.org")).isEqualTo("example.org");
        Address.class.getName();
    }

    @Test
    void sentencesPutTheDateBeforeTheTimeAndNeverSayOnBetween() {
        Case c = sample();
        DocumentKit uk = DocumentKit.of(c, options(false), Audience.COURT, DocumentKit.Style.UK);
        DocumentKit us = DocumentKit.of(c, options(false), Audience.COURT, DocumentKit.Style.US);
        IncidentTime t = c.incidents().get(0).occurredAt();
        assertThat(DocumentKit.sentenceCase(uk.on(t))).isEqualTo("On 1 November 2026 at 22:15 PST");
        assertThat(us.on(t)).isEqualTo("on November 1, 2026, at 10:15 PM PST");
        IncidentTime range = IncidentTime.between(OffsetDateTime.parse("2026-08-10T18:00:00+01:00"),
                OffsetDateTime.parse("2026-08-11T02:30:00+01:00"), ZoneId.of("Europe/London"));
        assertThat(uk.on(range)).isEqualTo("between 10 August 2026 at 18:00 BST and 11 August 2026 at 02:30 BST");
        IncidentTime day = IncidentTime.on(LocalDate.of(2026, 8, 20), ZoneId.of("Europe/London"));
        assertThat(uk.on(day)).isEqualTo("on 20 August 2026");
        assertThat(uk.span(range, day)).isEqualTo("between 10 August 2026 and 20 August 2026");
        assertThat(us.span(range, day)).isEqualTo("between August 10, 2026, and August 20, 2026");
        assertThat(uk.span(day, day)).isEqualTo("on 20 August 2026");
    }

    @Test
    void aTimeWithoutItsZoneTakesTheCasesZoneWhenTheOffsetAgrees() {
        DocumentKit us = DocumentKit.of(sample(), options(false), Audience.COURT, DocumentKit.Style.US);
        assertThat(us.dateTime(OffsetDateTime.parse("2026-11-04T10:00:00-08:00")))
                .isEqualTo("November 4, 2026, at 10:00 AM PST");
        assertThat(us.dateTime(OffsetDateTime.parse("2026-11-04T10:00:00-03:00")))
                .isEqualTo("November 4, 2026, at 10:00 AM UTC-03:00");
    }

    @Test
    void listsCountsAndArticles() {
        DocumentKit uk = DocumentKit.of(sample(), options(false), Audience.COURT, DocumentKit.Style.UK);
        DocumentKit us = DocumentKit.of(sample(), options(false), Audience.COURT, DocumentKit.Style.US);
        assertThat(uk.list(java.util.List.of("a"))).isEqualTo("a");
        assertThat(uk.list(java.util.List.of("a", "b"))).isEqualTo("a and b");
        assertThat(uk.list(java.util.List.of("a", "b", "c"))).isEqualTo("a, b and c");
        assertThat(us.list(java.util.List.of("a", "", "b", "c"))).isEqualTo("a, b, and c");
        assertThat(uk.list(java.util.List.of("x", "y"), "or")).isEqualTo("x or y");
        assertThat(DocumentKit.count(1, "incident")).isEqualTo("one incident");
        assertThat(DocumentKit.count(3, "incident")).isEqualTo("three incidents");
        assertThat(DocumentKit.count(12, "address")).isEqualTo("12 addresses");
        assertThat(DocumentKit.count(2, "reply")).isEqualTo("two replies");
        assertThat(DocumentKit.count(2, "person", "people")).isEqualTo("two people");
        assertThat(DocumentKit.withArticle("Screenshot of the post")).isEqualTo("a screenshot of the post");
        assertThat(DocumentKit.withArticle("export of the chat")).isEqualTo("an export of the chat");
        assertThat(DocumentKit.withArticle("The same screenshot, blurred")).isEqualTo("the same screenshot, blurred");
        assertThat(DocumentKit.withArticle("Screenshots of the posts")).isEqualTo("screenshots of the posts");
        assertThat(DocumentKit.withArticle("my messages")).isEqualTo("my messages");
        assertThat(DocumentKit.withArticle("3 photos")).isEqualTo("3 photos");
        assertThat(DocumentKit.withArticle("Instagram post")).isEqualTo("an Instagram post");
        assertThat(DocumentKit.withArticle("WhatsApp export")).isEqualTo("a WhatsApp export");
        assertThat(DocumentKit.withArticle("Morgan's message")).isEqualTo("Morgan's message");
        assertThat(DocumentKit.withArticle("user profile")).isEqualTo("a user profile");
        assertThat(DocumentKit.withArticle("hour-long recording")).isEqualTo("an hour-long recording");
        assertThat(DocumentKit.words(HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE))
                .isEqualTo("non-consensual intimate image");
        assertThat(DocumentKit.words(Channel.EMAIL)).isEqualTo("e-mail");
        assertThat(DocumentKit.fullStop("\u201cwords\u201d")).isEqualTo("\u201cwords\u201d.");
        assertThat(DocumentKit.fullStop("Done.")).isEqualTo("Done.");
    }

    @Test
    void moneyIsWrittenWithItsSymbol() {
        DocumentKit uk = DocumentKit.of(sample(), options(false), Audience.COURT, DocumentKit.Style.UK);
        DocumentKit us = DocumentKit.of(sample(), options(false), Audience.COURT, DocumentKit.Style.US);
        assertThat(uk.money(org.redress.core.model.Money.of("500", "GBP"))).isEqualTo("\u00a3500.00");
        assertThat(us.money(org.redress.core.model.Money.of("1250.5", "USD"))).isEqualTo("$1,250.50");
        assertThat(uk.money(org.redress.core.model.Money.of("3000", "PLN"))).isEqualTo("3,000.00 PLN");
    }

    @Test
    void aCollectorIsNamedNeverByTheirId() {
        DocumentKit uk = DocumentKit.of(sample(), options(false), Audience.COURT, DocumentKit.Style.UK);
        assertThat(uk.collector(org.redress.core.model.Collector.of("collector-7", "victim"))).isEqualTo("Sam Pattern");
        assertThat(uk.collector(org.redress.core.model.Collector.of("advocate-2", "advocate")))
                .isEqualTo("an advocate");
    }
}
