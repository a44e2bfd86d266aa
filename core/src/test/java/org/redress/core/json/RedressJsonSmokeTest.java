package org.redress.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.redress.core.InvalidDataException;
import org.redress.core.model.*;

class RedressJsonSmokeTest {

    static Case sample() {
        ZoneId london = ZoneId.of("Europe/London");
        return Case.builder()
                .id("case-1")
                .jurisdiction(Jurisdiction.of("GB-ENG"))
                .subject(Person.builder().name("Alex Example").email("alex@example.org").build())
                .addIncidents(Incident.builder().id("i1")
                        .occurredAt(IncidentTime.at(OffsetDateTime.parse("2026-03-01T21:04:00Z"), london))
                        .channel(Channel.SOCIAL_MEDIA).platform("instagram")
                        .addKinds(HarassmentKind.THREAT_OF_VIOLENCE)
                        .addQuotes(Quote.of("a fictional threat"))
                        .build())
                .build();
    }

    @Test
    void roundTrip() {
        Case c = sample();
        byte[] json = RedressJson.writeCase(c);
        Case back = RedressJson.readCase(json);
        assertThat(back).isEqualTo(c);
        assertThat(RedressJson.writeCase(back)).isEqualTo(json);
        assertThat(c.toString()).doesNotContain("Alex").doesNotContain("fictional threat");
    }

    @Test
    void problems() {
        String bad = "{\"schemaVersion\":\"1.0\",\"id\":\"c 1\",\"jurisdiction\":\"England\",\"subject\":{\"name\":\"\"},"
                + "\"incidents\":[{\"id\":\"i1\",\"occurredAt\":{\"zone\":\"Europe/London\"},\"channel\":\"fax\",\"kinds\":[]},"
                + "{\"id\":\"i1\",\"occurredAt\":{\"zone\":\"Nowhere/City\",\"date\":\"2026-13-01\"},\"channel\":\"email\",\"kinds\":[\"doxxing\"],\"evidenceIds\":[\"e9\"], \"colour\": 3}],"
                + "\"safety\":{\"inImmediateDanger\":\"yes\"}}";
        assertThatThrownBy(() -> RedressJson.readCase(bad.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(((InvalidDataException) e).problems()).isNotEmpty());
        assertThatThrownBy(() -> Incident.builder().id("x").build())
                .isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(((InvalidDataException) e).problems()).isNotEmpty());
    }

    /** The sample case with three incidents, as a tree to edit. */
    private static com.fasterxml.jackson.databind.node.ObjectNode threeIncidents() throws Exception {
        Case c = sample();
        Incident first = c.incidents().get(0);
        Case three = Case.builder().from(c).incidents(java.util.List.of(first,
                Incident.builder().from(first).id("i2").build(), Incident.builder().from(first).id("i3").build()))
                .build();
        return (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(RedressJson.writeCase(three));
    }

    private static java.util.List<String> pointers(com.fasterxml.jackson.databind.JsonNode doc) {
        try {
            RedressJson.readCase(doc.toString().getBytes(StandardCharsets.UTF_8));
            return java.util.List.of();
        } catch (InvalidDataException e) {
            return e.problems().stream().map(p -> p.pointer()).toList();
        }
    }

    @Test
    void aProblemAfterAnUnreadableListElementPointsAtItsPlaceInTheDocument() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode doc = threeIncidents();
        com.fasterxml.jackson.databind.node.ArrayNode incidents = (com.fasterxml.jackson.databind.node.ArrayNode)
                doc.get("incidents");
        incidents.set(0, incidents.numberNode(5)); // cannot be read, so the value holds only i2 and i3
        ((com.fasterxml.jackson.databind.node.ObjectNode) incidents.get(2).get("quotes").get(0)).put("text", " ");
        assertThat(pointers(doc)).containsExactly("/incidents/0", "/incidents/2/quotes/0/text");
    }

    @Test
    void aNullInsideAListIsThatElementsProblemAndItsOwnerStillCounts() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode doc = threeIncidents();
        ((com.fasterxml.jackson.databind.node.ArrayNode) doc.get("incidents").get(0).get("kinds")).addNull();
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("incidents").get(2).get("quotes").get(0))
                .put("text", "");
        // Not "/incidents/0" as a whole: that would also hide it from checks of references to it.
        assertThat(pointers(doc)).containsExactly("/incidents/0/kinds/1", "/incidents/2/quotes/0/text");
    }

    @Test
    void nullDocumentIsAProblem() {
        assertThatThrownBy(() -> RedressJson.readCase("null".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(((InvalidDataException) e).problems()).extracting(p -> p.pointer())
                        .containsExactly(""));
        assertThatThrownBy(() -> RedressJson.readList("null".getBytes(StandardCharsets.UTF_8), Case.class, "cases"))
                .isInstanceOf(InvalidDataException.class);
    }

    @Test
    void version() {
        assertThatThrownBy(() -> RedressJson.readCase("{\"schemaVersion\":\"2.1\"}".getBytes()))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).pointer()).isEqualTo("/schemaVersion");
                    assertThat(e.problems().get(0).message()).contains("2.1");
                });
    }

    @Test
    void aNullOrMissingVersionIsAProblemNotTheDefault() {
        String valid = new String(RedressJson.writeCase(sample()), StandardCharsets.UTF_8);
        for (String edited : new String[] {valid.replace("\"schemaVersion\": \"" + Case.SCHEMA_VERSION + "\"", "\"schemaVersion\": null"),
            valid.replace("\"schemaVersion\": \"" + Case.SCHEMA_VERSION + "\",", "")}) {
            assertThat(edited).isNotEqualTo(valid);
            assertThatThrownBy(() -> RedressJson.readCase(edited.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                            .extracting(org.redress.core.Problem::pointer).containsExactly("/schemaVersion"));
        }
    }

    @Test
    void theQuickVersionCheckFindsOnlyAKeyWithAStringValue() {
        assertThat(RedressJson.hasStringSchemaVersion("{\"schemaVersion\" :\n \"1.0\"}".getBytes())).isTrue();
        for (String json : new String[] {"{\"schemaVersion\": null}", "{\"schemaVersion\": 1}",
            "{\"note\": \"\\\"schemaVersion\\\": \\\"1.0\\\"\"}", "{\"list\": [\"schemaVersion\"]}",
            "{\"schema\\u0056ersion\": \"1.0\"}", "{\"schemaVersion\"", "{}"}) {
            assertThat(RedressJson.hasStringSchemaVersion(json.getBytes(StandardCharsets.UTF_8))).as(json).isFalse();
        }
    }
}
