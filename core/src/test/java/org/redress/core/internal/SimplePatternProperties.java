package org.redress.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one-pass matcher agrees with java.util.regex on every input, and refuses what it could get wrong. */
class SimplePatternProperties {

    /** The simple patterns the model's constraints use, and some harder ones that one pass still gets right. */
    static final List<String> SIMPLE = List.of("[0-9a-f]{64}", "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
            "\\+[1-9][0-9]{6,14}", "\\+?[0-9]{2,15}", "\\+?[0-9 ()-]{3,25}", "[a-z]+/[a-zA-Z0-9.+-]+",
            "[a-z0-9][a-z0-9.-]{0,99}", "[A-Za-z0-9+/]{86}==", "[A-Za-z0-9+/]{43}=", "[A-Z]{1,4}",
            "[0-9]{1,3}\\.[0-9]{1,3}", "[0-9A-F]{40}", "redress-bundle/1", "a?b*c+d{2,}e{0,1}", "[a-c]{2,3}",
            "([0-9a-f]{2}){16,64}", "(a[bc]){2,3}", "SHA-256|SHA-384|SHA-512|SHA3-256|SHA3-512|BLAKE2B-512",
            "ab|a|b");

    /** Patterns one greedy pass could get wrong, or that use what it does not know. */
    static final List<String> REFUSED = List.of("[a-z]*[a-z]", "[a-z]*\\.?[a-z]", "[a-z]{2,4}(\\.[a-z0-9]+)+",
            "SHA-2.6|SHA-384", "(a[bc]*){2}", "(ab)", "(ab)+", "\\d{3}", "[^a]", "[a-z]+?", "a.b", "[é]",
            "[0-9]{3,2}", "[]", "[a-z", "x{2", "^abc$", "[a-z&&[def]]", "[a-z]*[^x]");

    @Test
    void acceptsTheSimpleAndRefusesTheRest() {
        SIMPLE.forEach(p -> assertThat(SimplePattern.compile(p)).as(p).isNotNull());
        REFUSED.forEach(p -> assertThat(SimplePattern.compile(p)).as(p).isNull());
    }

    @Property(tries = 3000)
    void agreesWithJavaRegex(@ForAll("patterns") String pattern, @ForAll("inputs") String input) {
        boolean expected = java.util.regex.Pattern.compile(pattern).matcher(input).matches();
        assertThat(SimplePattern.compile(pattern).test(input)).as("%s on %s", pattern, input).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.of(SIMPLE);
    }

    /** Short strings over the characters the patterns care about, plus some they never accept. */
    @Provide
    Arbitrary<String> inputs() {
        Arbitrary<String> random = Arbitraries.strings().withChars("abcdeAFHSZ0269+/=._- ()é\u0000\n").ofMaxLength(12);
        Arbitrary<String> hexLike = Arbitraries.strings().withChars("0123456789abcdefAF").ofMinLength(30)
                .ofMaxLength(130);
        Arbitrary<String> base64Like = Arbitraries.strings().withChars("AZaz09+/=").ofMinLength(42).ofMaxLength(90);
        Arbitrary<String> words = Arbitraries.of("SHA-256", "SHA-512", "SHA3-256", "sha-256", "SHA-256 ", "ab", "a");
        return Arbitraries.oneOf(random, hexLike, base64Like, words);
    }

    @Property(tries = 3000)
    void theDateTimeCheckAgreesWithItsPattern(@ForAll("dateTimes") String text) {
        assertThat(JsonFormats.isDateTime(text)).as(text)
                .isEqualTo(java.util.regex.Pattern.matches(JsonFormats.DATE_TIME, text));
    }

    /** Date-times with up to three characters changed, removed or added. */
    @Provide
    Arbitrary<String> dateTimes() {
        Arbitrary<String> valid = Arbitraries.of("2026-11-22T01:00:00Z", "2026-11-22T01:00:00.123456789+01:00",
                "2026-11-22T01:00:00.5-05:30", "2026-11-22T01:00:00+00:00");
        Arbitrary<Character> chars = Arbitraries.of('0', '9', '-', 'T', ':', '.', 'Z', '+', ' ', 'x');
        return Combinators.combine(valid, Arbitraries.integers().between(0, 40).list().ofMaxSize(3),
                chars.list().ofSize(3), Arbitraries.integers().between(0, 2).list().ofSize(3)).as((v, at, c, op) -> {
                    StringBuilder b = new StringBuilder(v);
                    for (int k = 0; k < at.size(); k++) {
                        int i = Math.min(at.get(k), b.length());
                        if (op.get(k) == 0 && i < b.length()) {
                            b.setCharAt(i, c.get(k));
                        } else if (op.get(k) == 1 && i < b.length()) {
                            b.deleteCharAt(i);
                        } else {
                            b.insert(i, c.get(k));
                        }
                    }
                    return b.toString();
                });
    }
}
