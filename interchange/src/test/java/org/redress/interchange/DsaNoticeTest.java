package org.redress.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.document.PlainTextRenderer;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Answer;
import org.redress.core.model.Case;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.ImmutableCase;
import org.redress.core.model.ImmutablePerson;
import org.redress.core.model.Incident;
import org.redress.core.model.Quote;
import org.redress.interchange.dsa.DsaNotice;
import org.redress.tck.CaseArbitraries;

class DsaNoticeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    static Case sample() throws Exception {
        return RedressJson.readCase(Path.of("..", "examples", "cases", "uk-ex-partner-impersonation-doxxing.json"));
    }

    @Test
    void aNoticeHasTheFourElementsOfArticle16AndMatchesItsSchema() throws Exception {
        Case c = sample();
        DsaNotice n = DsaNotice.fromCase(c, "Instagram", null, DAY);
        assertThat(n.locations()).hasSize(1);
        assertThat(n.explanation()).isNotBlank();
        assertThat(n.notifierName()).contains(c.subject().name());
        assertThat(n.notifierEmail()).isEqualTo(c.subject().email());
        assertThat(n.bonaFideStatement()).contains("good faith");
        assertThat(n.childSexualAbuse()).isFalse();
        Schemas.assertValid("dsa-notice.schema.json", n.toJson());
        String text = new PlainTextRenderer().render(n.toDocument());
        assertThat(text).contains("Article 16").contains(n.locations().get(0).toString()).contains("good faith");
    }

    @Test
    void everyMissingElementIsNamedWithItsPointer() throws Exception {
        Case c = sample();
        Case noContact = ImmutableCase.copyOf(c).withSubject(ImmutablePerson.copyOf(c.subject())
                .withEmail(java.util.Optional.empty()));
        assertThatThrownBy(() -> DsaNotice.fromCase(noContact, "WhatsApp", null, DAY))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::pointer).containsExactly("/incidents/2/locations", "/subject/email"));
        assertThatThrownBy(() -> DsaNotice.fromCase(c, "no-such-service", null, DAY))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::pointer).containsExactly("/incidents"));
    }

    @Test
    void aNoticeAboutAChildsSexualImageIsAnonymousAndDescribesNothing() throws Exception {
        Case c = sample();
        Incident i = Incident.builder().from(c.incidents().get(0))
                .kinds(List.of(HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE)).intimateImage(Answer.YES)
                .personUnder18(Answer.YES).summary("A fictional summary that must not be repeated")
                .quotes(List.of(Quote.of("fictional words that must not be repeated")))
                .locations(List.of(ContentLocation.url("https://instagram.example/p/1"))).build();
        Case child = ImmutableCase.copyOf(c).withIncidents(i).withSubject(ImmutablePerson.copyOf(c.subject())
                .withEmail(java.util.Optional.empty()));
        DsaNotice n = DsaNotice.fromCase(child, "instagram", null, DAY);
        assertThat(n.childSexualAbuse()).isTrue();
        assertThat(n.notifierName()).isEmpty();
        assertThat(n.explanation()).doesNotContain("must not be repeated").contains("under 18");
        Schemas.assertValid("dsa-notice.schema.json", n.toJson());
        assertThat(n.toJson().toString()).doesNotContain(c.subject().name());
    }

    @Provide
    Arbitrary<Case> cases() {
        return CaseArbitraries.cases("GB-ENG", "US-NY");
    }

    /**
     * For every platform of a generated case, a notice either matches its schema (and, about a sexual image of a
     * child, is anonymous and quotes nothing) or is refused naming each missing element by a pointer into the case.
     */
    @Property(tries = 150)
    void everyNoticeIsCompleteOrRefusedWithPointers(@ForAll("cases") Case c) {
        for (String service : c.incidents().stream().flatMap(i -> i.platform().stream()).distinct().toList()) {
            try {
                DsaNotice n = DsaNotice.fromCase(c, service, null, DAY);
                Schemas.assertValid("dsa-notice.schema.json", n.toJson());
                new PlainTextRenderer().render(n.toDocument());
                if (n.childSexualAbuse()) {
                    assertThat(n.toJson().toString()).doesNotContain(c.subject().name());
                }
            } catch (InvalidDataException e) {
                assertThat(e.problems()).isNotEmpty().allSatisfy(p ->
                        assertThat(p.pointer()).matches("/(incidents(/[0-9]+/locations)?|subject/(name|email))"));
            }
        }
    }
}
