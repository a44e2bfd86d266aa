package org.redress.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.model.Case;
import org.redress.core.model.Channel;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.model.IncidentTime;
import org.redress.core.model.Jurisdiction;
import org.redress.core.model.Party;
import org.redress.core.model.Person;
import org.redress.core.model.Relationship;

/** Two occasions by the same person make a course of conduct; one each by two people do not. */
class CourseOfConductTest {

    private static Incident incident(String id, String... by) {
        return Incident.builder().id(id).channel(Channel.MESSAGING).kinds(java.util.Set.of(HarassmentKind.TROLLING))
                .occurredAt(IncidentTime.at(OffsetDateTime.parse("2026-11-01T10:00:00Z"), ZoneId.of("Europe/London")))
                .addPerpetratorIds(by).build();
    }

    private static Case of(Incident... incidents) {
        return Case.builder().id("c").jurisdiction(Jurisdiction.of("GB-ENG"))
                .subject(Person.builder().name("Fictional Person").build())
                .addParties(Party.builder().id("p1").relationship(Relationship.STRANGER).build(),
                        Party.builder().id("p2").relationship(Relationship.STRANGER).build())
                .addIncidents(incidents).build();
    }

    @Test
    void oneIncidentIsNever() {
        assertThat(CourseOfConduct.inCase(of(incident("i1", "p1")))).isFalse();
    }

    @Test
    void twoPeopleOnceEachAreNot() {
        assertThat(CourseOfConduct.inCase(of(incident("i1", "p1"), incident("i2", "p2")))).isFalse();
    }

    @Test
    void onePersonTwiceIs() {
        Case c = of(incident("i1", "p1"), incident("i2", "p2"), incident("i3", "p1"));
        assertThat(CourseOfConduct.inCase(c)).isTrue();
        assertThat(CourseOfConduct.among(c, List.of("i1", "i2"))).isFalse();
        assertThat(CourseOfConduct.among(c, List.of("i1", "i3"))).isTrue();
    }

    @Test
    void anIncidentNamingNoOneMayBeByAnyone() {
        assertThat(CourseOfConduct.inCase(of(incident("i1", "p1"), incident("i2")))).isTrue();
        assertThat(CourseOfConduct.inCase(of(incident("i1"), incident("i2")))).isTrue();
    }
}
