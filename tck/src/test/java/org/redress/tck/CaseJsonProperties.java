package org.redress.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.internal.JsonBinder;
import org.redress.core.internal.Validation;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;

/**
 * Properties of the case JSON format over generated cases: lossless round trips; edited documents (deleted,
 * retyped, renamed, oversized, malformed, deeply nested values, junk bytes) either read or fail with one
 * {@link InvalidDataException} whose problems point into the document and never repeat a value, never with
 * another exception; the published schema accepts whatever the reader accepts; {@code toString()} redacts.
 */
class CaseJsonProperties {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper READER = RedressJson.newMapper();
    /** Injected into edited values: no problem message or fix may repeat it. */
    private static final String MARKER = "PRIVATEVALUE";
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(new String(RedressJson.caseSchema(), StandardCharsets.UTF_8), SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build());

    @Provide
    Arbitrary<Case> cases() {
        return CaseArbitraries.cases(6, "GB-ENG", "GB-SCT", "GB-NIR", "GB-WLS", "US", "US-CA", "US-NY");
    }

    @Property(tries = 200)
    void everyValidCaseSurvivesWriteReadWriteByteForByte(@ForAll("cases") Case c) {
        byte[] json = RedressJson.writeCase(c);
        Case back = RedressJson.readCase(json);
        assertThat(back).isEqualTo(c);
        assertThat(RedressJson.writeCase(back)).isEqualTo(json);
    }

    @Property(tries = 100)
    void everyValidCaseIsValidForTheSchema(@ForAll("cases") Case c) throws Exception {
        assertThat(SCHEMA.validate(PLAIN.readTree(RedressJson.writeCase(c)))).isEmpty();
    }

    @Property(tries = 300)
    void editedDocumentsReadOrReportProblemsThatPointIntoThem(@ForAll("cases") Case c,
            @ForAll @IntRange(min = 1, max = 4) int edits, @ForAll long seed) throws Exception {
        Random r = new Random(seed);
        JsonNode tree = PLAIN.readTree(RedressJson.writeCase(c));
        for (int i = 0; i < edits; i++) {
            tree = edit(tree, r);
        }
        byte[] bytes = PLAIN.writeValueAsBytes(tree);
        boolean junk = r.nextInt(5) == 0;
        if (junk) {
            bytes = junk(bytes, r);
        }
        List<Problem> problems = read(bytes);
        JsonNode edited = junk ? parseOrNull(bytes) : tree;
        for (Problem p : problems) {
            assertThat(p.message() + p.fix()).as("a problem repeats a value").doesNotContain(MARKER);
            if (!p.pointer().isEmpty()) {
                assertThat(edited).as("a pointer into a document that is not JSON: " + p).isNotNull();
                assertThat(pointsInto(edited, p.pointer())).as(p + " points into the document").isTrue();
            }
        }
        if (edited != null) {
            Set<ValidationMessage> errors = SCHEMA.validate(edited);
            if (problems.isEmpty()) {
                assertThat(errors).as("the schema refuses what the reader accepts: " + tree).isEmpty();
            }
        }
    }

    /**
     * The quick validity check in front of Hibernate Validator never calls an invalid value valid: over edited
     * documents bound without validation, both give the same problems.
     */
    @Property(tries = 300)
    void quickCheckAgreesWithHibernateValidator(@ForAll("cases") Case c,
            @ForAll @IntRange(min = 1, max = 3) int edits, @ForAll long seed) throws Exception {
        Random r = new Random(seed);
        JsonNode tree = PLAIN.readTree(RedressJson.writeCase(c));
        for (int i = 0; i < edits; i++) {
            tree = edit(tree, r);
        }
        Object bound = JsonBinder.bind(READER, tree, READER.constructType(Case.class), true, new ArrayList<>());
        if (bound != null) {
            assertThat(Validation.problems(bound)).isEqualTo(Validation.hibernateProblems(bound));
        }
    }

    @Property(tries = 200)
    void toStringNeverShowsPersonalValues(@ForAll("cases") Case c) {
        String text = c.toString();
        for (String value : personalValues(c)) {
            assertThat(text).doesNotContain(value);
        }
    }

    /** Reads; returns the problems, or none when the case is valid. Any other exception fails the property. */
    private static List<Problem> read(byte[] bytes) {
        try {
            RedressJson.readCase(bytes);
            return List.of();
        } catch (InvalidDataException e) {
            assertThat(e.problems()).isNotEmpty();
            return e.problems();
        } catch (RuntimeException e) {
            return fail("an exception other than InvalidDataException escaped", e);
        }
    }

    private static JsonNode parseOrNull(byte[] bytes) {
        try {
            return READER.readTree(bytes);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The pointer names a node of the document, or a field or element of one (a missing required field). */
    private static boolean pointsInto(JsonNode doc, String pointer) {
        JsonPointer p = JsonPointer.compile(pointer);
        if (!doc.at(p).isMissingNode()) {
            return true;
        }
        JsonNode parent = doc.at(p.head());
        return parent.isObject() || (parent.isArray() && p.last().getMatchingIndex() >= 0);
    }

    // ------------------------------------------------------------------ edits

    private static JsonNode edit(JsonNode tree, Random r) {
        List<String> pointers = new ArrayList<>();
        collect(tree, "", pointers);
        String target = pointers.get(r.nextInt(pointers.size()));
        JsonNode replacement;
        switch (r.nextInt(9)) {
            case 0:
                return remove(tree, target);
            case 1:
                replacement = retyped(r);
                break;
            case 2:
                replacement = JsonNodeFactory.instance.textNode(MARKER + "x".repeat(70_000));
                break;
            case 3:
                replacement = oversizedArray(tree.at(target), r);
                break;
            case 4:
                replacement = malformed(r);
                break;
            case 5:
                return rename(tree, target, r);
            case 6:
                replacement = deep(250);
                break;
            case 7:
                replacement = tree.at(target).isArray() ? JsonNodeFactory.instance.arrayNode().add(retyped(r))
                        : retyped(r);
                break;
            default:
                replacement = JsonNodeFactory.instance.nullNode();
        }
        return replace(tree, target, replacement);
    }

    private static void collect(JsonNode node, String at, List<String> out) {
        out.add(at);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "/" + i, out);
            }
        }
    }

    private static JsonNode retyped(Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (r.nextInt(7)) {
            case 0:
                return f.numberNode(r.nextInt());
            case 1:
                return f.numberNode(r.nextDouble() * 1e6);
            case 2:
                return f.booleanNode(r.nextBoolean());
            case 3:
                return f.textNode(MARKER + r.nextInt(100));
            case 4:
                return f.objectNode().put(MARKER, MARKER);
            case 5:
                return f.arrayNode().add(MARKER).add(1);
            default:
                return f.nullNode();
        }
    }

    private static JsonNode malformed(Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        String[] texts = {"", " ", "\u0000" + MARKER, "2026-13-45T99:99:99Z", "2026-02-30", "2026-03-01T21:04",
            "2026-03-01T21:04:00", "1773000000", "https://[" + MARKER, "../" + MARKER, "not a url " + MARKER,
            "Europe/" + MARKER, "GB-" + MARKER, "\uD800" + MARKER, "SHA-256", "+99:99", "UTC", "P1D",
            MARKER.toLowerCase(), "1.0", "9.0", "1.999"};
        switch (r.nextInt(5)) {
            case 0:
                return f.numberNode(new BigInteger("9".repeat(400)));
            case 1:
                return f.numberNode(new BigDecimal("1e400"));
            case 2:
                return f.numberNode(-0.0);
            default:
                return f.textNode(texts[r.nextInt(texts.length)]);
        }
    }

    private static JsonNode oversizedArray(JsonNode node, Random r) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        JsonNode element = node.isArray() && node.size() > 0 ? node.get(0) : retyped(r);
        for (int i = 0; i < 2000; i++) {
            array.add(element.deepCopy());
        }
        return array;
    }

    private static JsonNode deep(int depth) {
        ArrayNode root = JsonNodeFactory.instance.arrayNode();
        ArrayNode at = root;
        for (int i = 0; i < depth; i++) {
            at = at.addArray();
        }
        return root;
    }

    private static JsonNode replace(JsonNode tree, String pointer, JsonNode value) {
        if (pointer.isEmpty()) {
            return value;
        }
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(p.head());
        if (parent.isObject()) {
            ((ObjectNode) parent).set(p.last().getMatchingProperty(), value);
        } else {
            ((ArrayNode) parent).set(p.last().getMatchingIndex(), value);
        }
        return tree;
    }

    private static JsonNode remove(JsonNode tree, String pointer) {
        if (pointer.isEmpty()) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(p.head());
        if (parent.isObject()) {
            ((ObjectNode) parent).remove(p.last().getMatchingProperty());
        } else {
            ((ArrayNode) parent).remove(p.last().getMatchingIndex());
        }
        return tree;
    }

    private static JsonNode rename(JsonNode tree, String pointer, Random r) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = pointer.isEmpty() ? null : tree.at(p.head());
        if (parent == null || !parent.isObject()) {
            return tree;
        }
        String[] names = {"colour", "a/b~c", "", "Id", "schemaversion"};
        JsonNode value = ((ObjectNode) parent).remove(p.last().getMatchingProperty());
        ((ObjectNode) parent).set(names[r.nextInt(names.length)], value);
        return tree;
    }

    private static byte[] junk(byte[] bytes, Random r) {
        byte[] out = bytes.clone();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        }
        if (r.nextBoolean()) {
            out = java.util.Arrays.copyOf(out, r.nextInt(out.length));
        }
        return out;
    }

    // ------------------------------------------------------------------ personal values

    private static List<String> personalValues(Case c) {
        List<String> values = new ArrayList<>();
        var s = c.subject();
        values.add(s.name());
        s.email().ifPresent(values::add);
        s.phone().ifPresent(values::add);
        s.address().ifPresent(a -> {
            values.addAll(a.lines());
            a.locality().ifPresent(values::add);
            a.postalCode().ifPresent(values::add);
        });
        s.accounts().forEach(a -> values.add(a.handle()));
        c.filedBy().name().ifPresent(values::add);
        c.parties().forEach(p -> {
            p.name().ifPresent(values::add);
            p.accounts().forEach(a -> values.add(a.handle()));
            p.description().ifPresent(values::add);
        });
        c.incidents().forEach(i -> {
            i.account().ifPresent(values::add);
            i.summary().ifPresent(values::add);
            i.quotes().forEach(q -> values.add(q.text()));
            i.witnesses().forEach(w -> values.add(w.name()));
        });
        c.evidence().forEach(e -> {
            e.description().ifPresent(values::add);
            e.fileName().ifPresent(values::add);
        });
        c.reports().forEach(rep -> rep.reference().ifPresent(values::add));
        c.impact().forEach(i -> values.add(i.description()));
        c.safety().safeContact().ifPresent(sc -> sc.safeTimes().ifPresent(values::add));
        values.removeIf(v -> v.length() < 4);
        return values;
    }
}
