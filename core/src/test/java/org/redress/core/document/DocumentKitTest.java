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
        IncidentTime t = c.getIncidents().get(0).getOccurredAt();
        assertThat(uk.when(t)).isEqualTo("22:15 PST, 1 November 2026");
        assertThat(us.when(t)).isEqualTo("10:15 PM PST, November 1, 2026");
        assertThat(us.dateTimeExact(t.getInstant().get(), LA)).endsWith("(2026-11-02T06:15:00Z)");
        assertThat(uk.date(LocalDate.of(2026, 3, 3))).isEqualTo("3 March 2026");
        assertThat(us.preparedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void anOffsetTheZoneDidNotHaveIsAProblemButUtcIsExact() {
        assertThatThrownBy(() -> IncidentTime.at(OffsetDateTime.parse("2026-11-01T22:15:00-07:00"), LA))
                .isInstanceOf(InvalidDataException.class);
        assertThat(IncidentTime.at(OffsetDateTime.parse("2026-11-02T06:15:00Z"), LA).getZone()).isEqualTo(LA);
        assertThat(IncidentTime.at(OffsetDateTime.parse("2026-07-01T22:15:00-07:00"), LA).getZone()).isEqualTo(LA);
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
        Field email = kit.contact("person.email", "E-mail", "your e-mail address", c.getSubject().getEmail());
        assertThat(email.getValue()).contains(DocumentKit.WITHHELD_TEXT);
        assertThat(kit.place(Place.HOME)).isEqualTo("a place I go to");
        assertThat(kit.impactShown()).isEmpty();
        kit.noteForPerson(Notice.of(NoticeLevel.WARNING, "Plan your safety first."));
        var b = kit.start("uk.test-doc", "Test").addSections(Section.of("Body", FieldGrid.of(email)))
                .addMissing(MissingItem.of("/incidents/0/account", "What happened on 1 November 2026, in your words."));
        ReportDocument doc = kit.finish(b);
        assertThat(doc.getAudience()).isEqualTo(Audience.COURT);
        assertThat(doc.isForService()).isTrue();
        assertThat(doc.getWithheldFields()).contains("person.email");
        String sent = new PlainTextRenderer().render(doc);
        assertThat(sent).doesNotContain("sam@example.org", "Plan your safety", "STILL MISSING", "Withheld from this copy:");
        String notes = new PlainTextRenderer().render(doc.getCompanion().orElseThrow());
        assertThat(notes).contains("Plan your safety first.", "What happened on 1 November 2026", "Your e-mail address")
                .doesNotContain("/incidents/0");
        assertThat(doc.getCompanion().get().getAudience()).isEqualTo(Audience.PERSON);
        String json = new String(org.redress.core.json.RedressJson.write(doc), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).as("the sent document's JSON holds no notes for the person").doesNotContain("Plan your safety")
                .containsPattern("\"audience\": ?\"court\"");
    }

    @Test
    void aDocumentForThePersonKeepsItsNotesAndHasNoCompanion() {
        Case c = sample();
        DocumentKit kit = DocumentKit.of(c, options(false), Audience.PERSON, DocumentKit.Style.US);
        assertThat(kit.contact("a", "Address", "your address", Optional.of("1 Example Road")).getValue())
                .contains("1 Example Road");
        assertThat(kit.place(Place.WORK)).isEqualTo("where I work");
        ReportDocument doc = kit.finish(kit.start("us.test-doc", "Test"));
        assertThat(doc.getCompanion()).isEmpty();
        assertThat(DocumentKit.platformName("instagram")).isEqualTo("Instagram");
        assertThat(DocumentKit.platformName("example.org")).isEqualTo("example.org");
        Address.class.getName();
    }
}
