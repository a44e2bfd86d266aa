package org.redress.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.model.Answer;
import org.redress.core.model.Case;
import org.redress.core.model.ImmutableCase;
import org.redress.core.model.Incident;
import org.redress.core.plan.SafetyAssessment;
import org.redress.interchange.xarf.XarfReports;
import org.redress.interchange.xarf.XarfReports.Report;
import org.redress.interchange.xarf.XarfReports.Reporter;
import org.redress.tck.CaseArbitraries;

class XarfReportsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Reporter NGO = new Reporter("Fictional Support Service", "casework@support.example.org");

    @Test
    void aDoxxingPageGivesAValidReportForTheHostsAbuseDesk() throws Exception {
        Case c = DsaNoticeTest.sample();
        List<Report> reports = XarfReports.forIncident(c, "i1", NGO, "mailto:abuse@host.example", NOW);
        assertThat(reports).hasSize(1);
        Report r = reports.get(0);
        assertThat(r.to()).isEqualTo("abuse@host.example");
        Schemas.assertValid("xarf-v4-content.schema.json", r.json());
        assertThat(r.json().get("url").asText()).isEqualTo(r.url().toString());
        assertThat(r.json().toString()).doesNotContain(c.subject().name());
        assertThat(XarfReports.forIncident(c, "i1", NGO, "abuse@host.example", NOW).get(0).json())
                .as("the same report on the same day has the same id").isEqualTo(r.json());
    }

    @Test
    void missingElementsAreNamed() throws Exception {
        Case c = DsaNoticeTest.sample();
        assertThatThrownBy(() -> XarfReports.forIncident(c, "i3", new Reporter("", "not an address"), "abuse", NOW))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::pointer)
                        .containsExactly("/incidents/2/locations", "/reporter/org", "/reporter/contact", "/to"));
    }

    @Test
    void aChildsSexualImageIsNeverSentToAHost() throws Exception {
        Case c = DsaNoticeTest.sample();
        Incident i = Incident.builder().from(c.incidents().get(0)).intimateImage(Answer.YES)
                .personUnder18(Answer.YES).build();
        Case child = ImmutableCase.copyOf(c).withIncidents(i);
        assertThatThrownBy(() -> XarfReports.forIncident(child, "i1", NGO, "abuse@host.example", NOW))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems().get(0).fix())
                        .contains("IWF").contains("NCMEC"));
    }

    @Provide
    Arbitrary<Case> cases() {
        return CaseArbitraries.cases("GB-ENG", "US-NY");
    }

    /** Every report made from a generated case validates, or the refusal names what is missing. */
    @Property(tries = 150)
    void reportsValidateOrNameWhatIsMissing(@ForAll("cases") Case c) {
        SafetyAssessment safety = SafetyAssessment.of(c, NOW.atOffset(java.time.ZoneOffset.UTC));
        for (Incident i : c.incidents()) {
            try {
                for (Report r : XarfReports.forIncident(c, i.id(), NGO, "abuse@host.example", NOW)) {
                    Schemas.assertValid("xarf-v4-content.schema.json", r.json());
                }
                assertThat(safety.childSexualImage(i)).isFalse();
            } catch (InvalidDataException e) {
                assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.pointer()).startsWith("/"));
            }
        }
    }
}
