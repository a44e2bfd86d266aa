package org.redress.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.model.Account;
import org.redress.core.model.Case;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.Incident;
import org.redress.core.model.Party;
import org.redress.core.model.Quote;
import org.redress.interchange.dsa.ContentDecision;
import org.redress.interchange.dsa.ContentDecision.Category;
import org.redress.interchange.dsa.ContentDecision.ContentType;
import org.redress.interchange.dsa.ContentDecision.Ground;
import org.redress.interchange.dsa.ContentDecision.Keyword;
import org.redress.interchange.dsa.ContentDecision.SourceType;
import org.redress.interchange.dsa.ContentDecision.Visibility;
import org.redress.interchange.dsa.PlatformAction;
import org.redress.interchange.dsa.StatementsOfReasons;
import org.redress.tck.CaseArbitraries;

class StatementsOfReasonsTest {

    static ContentDecision decision(String puid) {
        return ContentDecision.builder().puid(puid).contentTypes(Set.of(ContentType.TEXT))
                .contentDate(LocalDate.of(2026, 10, 3)).applicationDate(LocalDate.of(2026, 10, 5))
                .visibility(Set.of(Visibility.CONTENT_REMOVED)).ground(Ground.INCOMPATIBLE_CONTENT)
                .groundReference("Community guidelines, section 4 (harassment)")
                .groundExplanation("The post targets a private person with abuse, which section 4 forbids.")
                .facts("A notice reported a post that abuses a private person. A moderator reviewed it.")
                .category(Category.CYBER_VIOLENCE).keywords(Set.of(Keyword.CYBER_HARASSMENT))
                .territorialScope(StatementsOfReasons.EU).source(SourceType.ARTICLE_16).automatedDetection(false)
                .automatedDecision(ContentDecision.AutomatedDecision.NOT_AUTOMATED).build();
    }

    @Test
    void aDecisionGivesTheApisJson() {
        ObjectNode json = StatementsOfReasons.toJson(decision("sor-1"));
        Schemas.assertValid("dsa-statement-of-reasons.schema.json", json);
        assertThat(json.get("decision_ground").asText()).isEqualTo("DECISION_GROUND_INCOMPATIBLE_CONTENT");
        assertThat(json.get("automated_detection").asText()).isEqualTo("No");
        assertThat(json.get("territorial_scope")).hasSize(27);
    }

    @Test
    void everyBrokenLimitIsNamed() {
        ContentDecision bad = ContentDecision.builder().from(decision("not a valid id!"))
                .facts("x".repeat(5001)).groundExplanation("").visibility(Set.of())
                .territorialScope(Set.of("US")).contentDate(LocalDate.of(1999, 1, 1))
                .contentTypes(Set.of(ContentType.OTHER)).build();
        assertThatThrownBy(() -> StatementsOfReasons.toJson(bad))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::pointer).containsExactly("/puid", "/content_type_other", "/content_date",
                                "/decision_visibility", "/incompatible_content_explanation", "/decision_facts",
                                "/territorial_scope"));
    }

    @Test
    void batchesHoldAtMostAHundredAndIdsAreUnique() {
        List<ContentDecision> many = new ArrayList<>();
        for (int n = 0; n < 250; n++) {
            many.add(decision("sor-" + n));
        }
        List<ObjectNode> bodies = StatementsOfReasons.batches(many);
        assertThat(bodies).extracting(b -> b.get("statements").size()).containsExactly(100, 100, 50);
        bodies.forEach(b -> b.get("statements").forEach(s ->
                Schemas.assertValid("dsa-statement-of-reasons.schema.json", s)));
        many.set(120, decision("sor-3"));
        assertThatThrownBy(() -> StatementsOfReasons.batches(many))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::pointer).containsExactly("/statements/120/puid"));
    }

    @Provide
    Arbitrary<Case> cases() {
        return CaseArbitraries.cases("GB-ENG", "US-CA");
    }

    /** A statement made from a survivor's case is valid and holds none of the case's personal data. */
    @Property(tries = 200)
    void statementsFromCasesHoldNoPersonalData(@ForAll("cases") Case c) {
        for (Incident i : c.incidents()) {
            ContentDecision d = StatementsOfReasons.decisionFor(c, i.id(),
                    PlatformAction.removedOnNotice("sor-" + i.id(), LocalDate.of(2026, 11, 30), "Terms, s.4"));
            ObjectNode json = StatementsOfReasons.toJson(d);
            Schemas.assertValid("dsa-statement-of-reasons.schema.json", json);
            String text = json.toString();
            for (String p : personal(c)) {
                assertThat(text).as("statement of reasons holds personal data").doesNotContain(p);
            }
        }
    }

    /** Every personal field of a case: names, contacts, addresses, handles, words, descriptions and addresses. */
    static List<String> personal(Case c) {
        List<String> out = new ArrayList<>();
        out.add(c.subject().name());
        c.subject().email().ifPresent(out::add);
        c.subject().phone().ifPresent(out::add);
        c.subject().address().ifPresent(a -> out.addAll(a.lines()));
        c.subject().accounts().forEach(a -> out.add(a.handle()));
        for (Party p : c.parties()) {
            p.name().ifPresent(out::add);
            p.accounts().stream().map(Account::handle).forEach(out::add);
            p.description().ifPresent(out::add);
        }
        for (Incident i : c.incidents()) {
            i.summary().ifPresent(out::add);
            i.account().ifPresent(out::add);
            i.quotes().stream().map(Quote::text).forEach(out::add);
            i.locations().stream().map(ContentLocation::url).flatMap(java.util.Optional::stream)
                    .map(Object::toString).forEach(out::add);
        }
        for (EvidenceRecord e : c.evidence()) {
            e.fileName().ifPresent(out::add);
            e.description().ifPresent(out::add);
            e.authorHandle().ifPresent(out::add);
        }
        return out.stream().filter(s -> s.strip().length() >= 4).toList();
    }
}
