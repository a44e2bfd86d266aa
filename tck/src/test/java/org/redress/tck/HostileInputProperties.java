package org.redress.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.internal.JsonBinder;
import org.redress.core.internal.Validation;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;

/**
 * The case reader under any input, and the quick validity check against Hibernate Validator.
 *
 * <ul>
 *   <li>Whatever the bytes (random bytes, random text, a valid case with bytes flipped, cut or spliced with
 *       hostile fragments), reading gives a valid {@link Case} or one {@link InvalidDataException} with at least
 *       one problem; never another exception, never an error.
 *   <li>When the quick check says a value is valid, Hibernate Validator finds no problem in it: over generated
 *       cases, every value they hold, and values bound from edited documents without validation.
 * </ul>
 */
class HostileInputProperties {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper READER = RedressJson.newMapper();
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

    /** Fragments an attacker would try, spliced into valid documents. */
    private static final List<String> HOSTILE = List.of("1e999999999", "-1e-999999999", "0e-2147483648",
            "123456789012345678901234567890", "\"\\uD800\"", "\"\\uDFFF\\uD800\"", "\"2026-02-30\"",
            "\"9999-12-31T23:59:60Z\"", "\"+999999999-01-01\"", "null", "[", "]", "{", "}", "\"", ",", ":", "\\",
            "\"id\": \"x\", \"id\": \"y\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "\u0000", "\uFEFF", "NaN", "Infinity",
            "-0", "1.0", "true", "\"\\u0000\"", "\"a\\u002Fb\"", "\"~1/~0\"", "\"socialMedia\"", "\"GB-ENG\"");

    @Provide
    Arbitrary<Case> cases() {
        return CaseArbitraries.cases(4, "GB-ENG", "GB-SCT", "US", "US-CA", "US-NY");
    }

    @Property(tries = 300)
    void randomBytesNeverCrashTheReader(@ForAll @Size(max = 2000) byte[] bytes) {
        readOrRefuse(bytes);
    }

    @Property(tries = 300)
    void randomTextNeverCrashesTheReader(@ForAll @Size(max = 2000) String text) {
        readOrRefuse(text.getBytes(StandardCharsets.UTF_8));
        readOrRefuse(("{\"schemaVersion\": \"1.1\", " + text + "}").getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void mutatedCasesNeverCrashTheReader(@ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 8) int mutations,
            @ForAll long seed) {
        Random r = new Random(seed);
        String text = new String(RedressJson.writeCase(c), StandardCharsets.UTF_8);
        for (int i = 0; i < mutations; i++) {
            text = mutate(text, r);
        }
        readOrRefuse(text.getBytes(StandardCharsets.UTF_8));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
            bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256); // also not UTF-8
            readOrRefuse(bytes);
        }
    }

    @Property(tries = 200)
    void quickCheckValidMeansHibernateValidOverGeneratedCases(@ForAll("cases") Case c) {
        for (Object value : values(c)) {
            if (Validation.problems(value).isEmpty()) {
                assertThat(Validation.hibernateProblems(value)).as(value.getClass().getSimpleName()).isEmpty();
            }
        }
    }

    @Property(tries = 300)
    void quickCheckValidMeansHibernateValidOverEditedCases(@ForAll("cases") Case c,
            @ForAll @IntRange(min = 1, max = 3) int edits, @ForAll long seed) throws Exception {
        Random r = new Random(seed);
        JsonNode tree = PLAIN.readTree(RedressJson.writeCase(c));
        for (int i = 0; i < edits; i++) {
            editLeaf(tree, r);
        }
        Object bound = JsonBinder.bind(READER, tree, READER.constructType(Case.class), true, new ArrayList<>());
        if (bound != null) {
            for (Object value : values(bound)) {
                if (Validation.problems(value).isEmpty()) {
                    assertThat(Validation.hibernateProblems(value)).as(value.getClass().getSimpleName()).isEmpty();
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void readOrRefuse(byte[] bytes) {
        try {
            Case c = RedressJson.readCase(bytes, NOW);
            assertThat(c).isNotNull();
        } catch (InvalidDataException e) {
            assertThat(e.problems()).isNotEmpty();
            for (Problem p : e.problems()) {
                assertThat(p.pointer()).matches("(/[^/]*)*");
            }
        } catch (Throwable t) {
            fail("reading gave " + t.getClass().getName() + " instead of a case or InvalidDataException", t);
        }
    }

    private static String mutate(String text, Random r) {
        int at = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
        switch (r.nextInt(5)) {
            case 0:
                return text.substring(0, at) + HOSTILE.get(r.nextInt(HOSTILE.size())) + text.substring(at);
            case 1: { // replace a value after a colon with a hostile fragment
                int colon = text.indexOf(':', at);
                if (colon < 0) {
                    return text;
                }
                int end = colon + 1;
                while (end < text.length() && ",}]\n".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                return text.substring(0, colon + 1) + " " + HOSTILE.get(r.nextInt(HOSTILE.size())) + text.substring(end);
            }
            case 2: // cut
                return text.substring(0, at);
            case 3: { // delete a span
                int end = Math.min(text.length(), at + r.nextInt(20));
                return text.substring(0, at) + text.substring(end);
            }
            default: { // duplicate a span (keys given twice, repeated objects)
                int end = Math.min(text.length(), at + r.nextInt(200));
                return text.substring(0, end) + text.substring(at, end) + text.substring(end);
            }
        }
    }

    private static void editLeaf(JsonNode tree, Random r) {
        List<JsonNode> containers = new ArrayList<>();
        collect(tree, containers);
        JsonNode owner = containers.get(r.nextInt(containers.size()));
        JsonNode value = switch (r.nextInt(7)) {
            case 0 -> JsonNodeFactory.instance.textNode("");
            case 1 -> JsonNodeFactory.instance.textNode(" ");
            case 2 -> JsonNodeFactory.instance.numberNode(-1);
            case 3 -> JsonNodeFactory.instance.textNode("x".repeat(r.nextInt(3000)));
            case 4 -> JsonNodeFactory.instance.arrayNode();
            case 5 -> JsonNodeFactory.instance.numberNode(r.nextLong());
            default -> JsonNodeFactory.instance.textNode("not valid" + r.nextInt(10));
        };
        if (owner instanceof ObjectNode && owner.size() > 0) {
            List<String> names = new ArrayList<>();
            owner.fieldNames().forEachRemaining(names::add);
            ((ObjectNode) owner).set(names.get(r.nextInt(names.size())), value);
        } else if (owner instanceof ArrayNode && owner.size() > 0) {
            ((ArrayNode) owner).set(r.nextInt(owner.size()), value);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }

    /** The value and every value of the model it holds, through getters returning model types and lists of them. */
    private static List<Object> values(Object root) {
        List<Object> out = new ArrayList<>();
        walk(root, out, 0);
        return out;
    }

    private static void walk(Object v, List<Object> out, int depth) {
        if (v == null || depth > 8) {
            return;
        }
        if (v instanceof java.util.Optional<?> o) {
            o.ifPresent(x -> walk(x, out, depth));
            return;
        }
        if (v instanceof Iterable<?> it) {
            for (Object x : it) {
                walk(x, out, depth);
            }
            return;
        }
        if (v instanceof Map<?, ?> m) {
            walk(m.values(), out, depth);
            return;
        }
        if (!v.getClass().getName().startsWith("org.redress.core.model.") || v.getClass().isEnum()) {
            return;
        }
        out.add(v);
        for (java.lang.reflect.Method m : v.getClass().getMethods()) {
            if (m.getParameterCount() == 0 && m.getReturnType() != void.class && m.getDeclaringClass() != Object.class
                    && !java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                try {
                    walk(m.invoke(v), out, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

}
