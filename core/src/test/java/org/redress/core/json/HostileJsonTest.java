package org.redress.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;

/**
 * Hostile and mistaken input: each is refused with exactly the problem a person needs, pointing at the field,
 * never with a value in the text, never after running out of time or memory.
 */
class HostileJsonTest {

    /** 6 December 2026, noon UTC: "now" for the tests of future times. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

    private static String sample() {
        return new String(RedressJson.writeCase(RedressJsonSmokeTest.sample()), StandardCharsets.UTF_8);
    }

    private static List<Problem> problems(String json) {
        InvalidDataException e = catchThrowableOfType(
                () -> RedressJson.readCase(json.getBytes(StandardCharsets.UTF_8), NOW), InvalidDataException.class);
        assertThat(e).as("refused").isNotNull();
        return e.problems();
    }

    private static String withIncidentField(String field) {
        return sample().replace("\"id\": \"i1\"", "\"id\": \"i1\", " + field);
    }

    @Test
    void hugeAndTinyExponentsAreRefusedQuickly() {
        for (String number : List.of("1e999999999", "1e-999999999", "-1E+999999999", "0e-999999999", "0e-2147483648", "1E2147483648",
                "123456789012345678901", "0.000000000000000000001")) {
            List<Problem> p = problems(withIncidentField("\"amountDemanded\": {\"amount\": " + number
                    + ", \"currency\": \"GBP\"}"));
            assertThat(p).as(number).containsExactly(new Problem("/incidents/0/amountDemanded/amount",
                    "is a number out of bounds", "Use at most 20 digits before the decimal point and 20 after it."));
        }
        assertThat(problems(sample().replace("\"evidence\": [ ]", "\"evidence\": [{\"id\": \"e1\", \"size\": 1e-999999999}]")))
                .extracting(Problem::pointer).containsExactly("/evidence/0/size");
        // within bounds: read as given
        assertThat(RedressJson.readCase(withIncidentField("\"amountDemanded\": {\"amount\": 12345678901234567890.12345678901234567890,"
                + " \"currency\": \"GBP\"}").getBytes(StandardCharsets.UTF_8), NOW).incidents().get(0)
                .amountDemanded().orElseThrow().amount()).hasToString("12345678901234567890.12345678901234567890");
    }

    @Test
    void wholeNumbersAreWhole() {
        assertThat(problems(withIncidentField("\"pileOnSize\": 1.5"))).singleElement()
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/incidents/0/pileOnSize"))
                .satisfies(p -> assertThat(p.message()).isEqualTo("has the wrong type or format"))
                .satisfies(p -> assertThat(p.fix()).startsWith("Use a whole number"));
        assertThat(problems(withIncidentField("\"pileOnSize\": 0e-2147483648"))).singleElement()
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/incidents/0/pileOnSize"));
        assertThat(problems(withIncidentField("\"pileOnSize\": 99999999999999999999"))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("is a number out of range"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedWithItsPointer() {
        assertThat(problems(sample().replace("\"jurisdiction\": \"GB-ENG\"",
                "\"jurisdiction\": \"GB-ENG\", \"jurisdiction\": \"US-CA\""))).singleElement()
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/jurisdiction"))
                .satisfies(p -> assertThat(p.message()).isEqualTo("is given twice"));
        assertThat(problems(sample().replace("\"channel\": \"socialMedia\"",
                "\"channel\": \"socialMedia\", \"channel\": \"email\""))).extracting(Problem::pointer)
                .containsExactly("/incidents/0/channel");
        // also when the rest of the document is valid only with the first value, and through an escaped name
        assertThat(problems(sample().replace("\"id\": \"case-1\"", "\"id\": \"case-1\", \"\\u0069d\": \"case-2\"")))
                .extracting(Problem::pointer).containsExactly("/id");
    }

    @Test
    void anImpossibleDateSaysSo() {
        assertThat(problems(sample().replace("\"instant\": \"2026-03-01T21:04:00Z\"", "\"date\": \"2026-02-30\"")))
                .singleElement()
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/incidents/0/occurredAt/date"))
                .satisfies(p -> assertThat(p.message()).isEqualTo("is not a real date"));
        assertThat(problems(sample().replace("2026-03-01T21:04:00Z", "2026-03-01T24:30:00Z"))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("is not a real date and time"));
        // the wrong form is still the wrong form
        assertThat(problems(sample().replace("\"instant\": \"2026-03-01T21:04:00Z\"", "\"date\": \"1 March\"")))
                .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("has the wrong type or format"));
    }

    @Test
    void aMisspeltFieldGivesOneProblemNamingTheNearestField() {
        assertThat(problems(sample().replace("\"occurredAt\"", "\"occuredAt\""))).containsExactly(new Problem(
                "/incidents/0/occuredAt", "is not a known field here", "Did you mean 'occurredAt'?"));
        assertThat(problems(sample().replace("\"channel\"", "\"Chanel\""))).containsExactly(new Problem(
                "/incidents/0/Chanel", "is not a known field here", "Did you mean 'channel'?"));
        // nothing near: no list of thirty names
        assertThat(problems(withIncidentField("\"colour\": 3"))).singleElement()
                .satisfies(p -> assertThat(p.fix()).doesNotContain("occurredAt").contains("docs/json-format.md"));
        // a near name already given is not suggested again
        assertThat(problems(withIncidentField("\"chanel\": \"email\""))).singleElement()
                .satisfies(p -> assertThat(p.fix()).doesNotContain("'channel'"));
    }

    @Test
    void nullAndMissingAreOneWording() {
        List<Problem> asNull = problems(sample().replace("\"channel\": \"socialMedia\"", "\"channel\": null"));
        List<Problem> left = problems(sample().replace("\"channel\": \"socialMedia\",", ""));
        assertThat(asNull).isEqualTo(left).containsExactly(new Problem("/incidents/0/channel", "is missing",
                "Give a value for 'channel'."));
        assertThat(problems(sample().replace("\"threatOfViolence\"", "null"))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("is missing"));
    }

    @Test
    void timesInTheFutureAreRefused() {
        assertThat(problems(sample().replace("2026-03-01T21:04:00Z", "2099-03-01T21:04:00Z")))
                .containsExactly(new Problem("/incidents/0/occurredAt/instant", "is in the future",
                        "Check the year and the date; a case records what has already happened. If the device's clock"
                                + " is wrong, give the time as it really was."));
        assertThat(problems(sample().replace("\"instant\": \"2026-03-01T21:04:00Z\"", "\"date\": \"2026-12-07\"")))
                .extracting(Problem::pointer).containsExactly("/incidents/0/occurredAt/date");
        assertThat(problems(withCapture("2027-01-01T00:00:00Z"))).extracting(Problem::pointer).containsExactly("/evidence/0/capturedAt");
        // within the clock-skew allowance, and today in a zone ahead of UTC, are accepted
        RedressJson.readCase(sample().replace("2026-03-01T21:04:00Z", "2026-12-06T12:10:00Z")
                .getBytes(StandardCharsets.UTF_8), NOW);
        RedressJson.readCase(sample().replace("\"zone\": \"Europe/London\",\n        \"instant\": \"2026-03-01T21:04:00Z\"",
                "\"zone\": \"Pacific/Kiritimati\",\n        \"date\": \"2026-12-07\"").getBytes(StandardCharsets.UTF_8), NOW);
        RedressJson.readCase(withCapture("2026-12-06T11:00:00Z").getBytes(StandardCharsets.UTF_8), NOW);
    }

    @Test
    void noProblemRepeatsAValue() {
        String secret = "Zyxwv";
        for (String json : List.of(sample().replace("\"jurisdiction\": \"GB-ENG\"",
                "\"jurisdiction\": \"GB-ENG\", \"jurisdiction\": \"" + secret + "\""),
                sample().replace("2026-03-01T21:04:00Z", "2026-02-30T21:04:00Z"),
                withIncidentField("\"" + secret + "\": 1"))) {
            for (Problem p : problems(json)) {
                assertThat(p.message() + p.fix()).doesNotContain(secret).doesNotContain("2026-02-30");
            }
        }
    }

    @Test
    void textThatLooksLikeUtf32IsRefusedAsNotJson() {
        // found by fuzzing: Jackson takes a '{' and three zero bytes for UTF-32, and failed with an IOException
        byte[] bytes = new byte[80];
        bytes[0] = '{';
        InvalidDataException e = catchThrowableOfType(() -> RedressJson.readCase(bytes, NOW),
                InvalidDataException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.pointer()).isEmpty());
    }

    @Test
    void textThatIsNotWellFormedUnicodeIsRefusedWithItsPointer() {
        String name = "\"name\": \"Alex Example\"";
        assertThat(sample()).contains(name);
        for (String lone : List.of("\\uD800", "Alex \\uDBFF", "\\uDC00 Example", "\\uDE00\\uD83D")) {
            assertThat(problems(sample().replace(name, "\"name\": \"" + lone + "\"")))
                    .as(lone).containsExactly(new Problem("/subject/name", "is not well-formed Unicode text",
                            RedressJson.ILL_FORMED_FIX));
        }
        // in a list, and as a member name
        assertThat(sample()).contains("\"a fictional threat\"");
        assertThat(problems(sample().replace("\"a fictional threat\"", "\"a fictional threat\\uD800\"")))
                .singleElement().satisfies(p -> assertThat(p.pointer()).startsWith("/incidents/0/quotes/0/"));
        assertThat(problems(withIncidentField("\"a\\uDFFF\": 1"))).isNotEmpty(); // the parser refuses such a name
        // a surrogate spelt in UTF-8 bytes (ED A0 80), which no UTF-8 text may hold
        byte[] utf8 = sample().replace(name, "\"name\": \"Alex\"").getBytes(StandardCharsets.UTF_8);
        String text = new String(utf8, StandardCharsets.ISO_8859_1).replace("\"Alex\"", "\"Alex\u00ed\u00a0\u0080\"");
        InvalidDataException e = catchThrowableOfType(() -> RedressJson.readCase(
                text.getBytes(StandardCharsets.ISO_8859_1), NOW), InvalidDataException.class);
        assertThat(e).as("refused").isNotNull();
        // a pair, escaped or not, is a character like any other; an escaped backslash before "uD800" is no escape
        assertThat(RedressJson.readCase(sample().replace(name, "\"name\": \"Alex \\uD83D\\uDE00 \uD83D\uDE00\"")
                .getBytes(StandardCharsets.UTF_8), NOW).subject().name()).isEqualTo("Alex \uD83D\uDE00 \uD83D\uDE00");
        assertThat(RedressJson.readCase(sample().replace(name, "\"name\": \"Alex \\\\uD800\"")
                .getBytes(StandardCharsets.UTF_8), NOW).subject().name()).isEqualTo("Alex \\uD800");
    }

    @Test
    void everyReadEntryPointTakesAClock(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // an incident in 2028: in the future for the tests' clock, in the past for a clock in 2030
        Clock in2030 = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
        String json = sample().replace("2026-03-01T21:04:00Z", "2028-03-01T21:04:00Z");
        java.nio.file.Path file = dir.resolve("case.json");
        java.nio.file.Files.writeString(file, json);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThat(RedressJson.readCase(file, in2030).id()).isEqualTo(RedressJsonSmokeTest.sample().id());
        assertThat(RedressJson.readCase(new java.io.ByteArrayInputStream(bytes), in2030).id())
                .isEqualTo(RedressJsonSmokeTest.sample().id());
        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable read : List.<org.assertj.core.api.ThrowableAssert
                .ThrowingCallable>of(() -> RedressJson.readCase(file, NOW),
                () -> RedressJson.readCase(new java.io.ByteArrayInputStream(bytes), NOW),
                () -> RedressJson.readCase(bytes, NOW))) {
            assertThat(catchThrowableOfType(read, InvalidDataException.class).problems())
                    .extracting(Problem::pointer).containsExactly("/incidents/0/occurredAt/instant");
        }
    }

    /** The sample case with one capture at {@code at}, as JSON. */
    private static String withCapture(String at) {
        org.redress.core.model.Case c = RedressJsonSmokeTest.sample();
        org.redress.core.model.Case with = org.redress.core.model.Case.builder().from(c).addEvidence(
                org.redress.core.model.EvidenceRecord.builder().id("e1")
                        .kind(org.redress.core.model.EvidenceKind.IMAGE)
                        .capturedAt(java.time.OffsetDateTime.parse("2026-11-01T10:00:00Z"))
                        .captureZone(java.time.ZoneId.of("Europe/London"))
                        .collector(org.redress.core.model.Collector.of("collector-7f3a", "victim"))
                        .tool(org.redress.core.model.Tool.of("redress-tests", "0.1.0"))
                        .origin(org.redress.core.model.EvidenceOrigin.IMPORTED)
                        .addHashes(org.redress.core.model.Hash.sha256("ab".repeat(32))).build()).build();
        return new String(RedressJson.writeCase(with), StandardCharsets.UTF_8).replace("2026-11-01T10:00:00Z", at);
    }
}
