package org.redress.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.internal.CaseSchema;
import org.redress.core.internal.JsonSchemaGenerator;

/**
 * The case schema: generated from the model, shipped up to date, and in agreement with the reader on every sample,
 * checked with an independent validator (networknt json-schema-validator, draft 2020-12, formats asserted).
 *
 * <p>After a model change, regenerate the shipped copies with
 * {@code mvn -B -q -o -pl core test -Dtest=CaseSchemaTest -Dredress.schema.write=true}.
 */
class CaseSchemaTest {

    static final Path CASES = Path.of("..", "examples", "cases");
    static final Path SHIPPED = Path.of("src", "main", "resources", "org", "redress", "core", "json",
            "case.schema.json");
    static final Path DOCS = Path.of("..", "docs", "schema", "case.schema.json");
    private static final ObjectMapper PLAIN = new ObjectMapper();

    static byte[] generated() {
        return JsonSchemaGenerator.write(PLAIN, CaseSchema.generate(RedressJson.newMapper(), JAVADOC::describe));
    }

    private static final Javadoc JAVADOC = new Javadoc(Path.of("src", "main", "java"));

    /** The schema, as the independent validator reads it. */
    static JsonSchema validator() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new String(RedressJson.caseSchema(), StandardCharsets.UTF_8), config);
    }

    @Test
    void shippedCopiesAreTheGeneratedSchema() throws IOException {
        byte[] schema = generated();
        if (Boolean.getBoolean("redress.schema.write")) {
            Files.createDirectories(DOCS.getParent());
            Files.write(SHIPPED, schema);
            Files.write(DOCS, schema);
        }
        String hint = "the case schema is stale: regenerate it with "
                + "mvn -B -q -o -pl core test -Dtest=CaseSchemaTest -Dredress.schema.write=true";
        assertThat(new String(Files.readAllBytes(SHIPPED), StandardCharsets.UTF_8)).as(hint)
                .isEqualTo(new String(schema, StandardCharsets.UTF_8));
        assertThat(new String(Files.readAllBytes(DOCS), StandardCharsets.UTF_8)).as(hint)
                .isEqualTo(new String(schema, StandardCharsets.UTF_8));
        if (!Boolean.getBoolean("redress.schema.write")) { // when writing, the class path has the old copy
            assertThat(RedressJson.caseSchema()).as("the copy on the class path")
                    .isEqualTo(Files.readAllBytes(SHIPPED));
        }
    }

    @Test
    void schemaIsValidAgainstTheDraft202012MetaSchema() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(java.net.URI.create("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(PLAIN.readTree(RedressJson.caseSchema()))).isEmpty();
    }

    @Test
    void schemaDescribesEveryCaseField() throws IOException {
        JsonNode schema = PLAIN.readTree(RedressJson.caseSchema());
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(fieldNames(schema.path("properties"))).containsExactly("id", "schemaVersion", "jurisdiction",
                "subject", "filedBy", "incidents", "parties", "evidence", "reports", "impact", "safety");
        assertThat(schema.path("required").toString()).isEqualTo(
                "[\"id\",\"jurisdiction\",\"subject\",\"schemaVersion\"]");
        assertThat(schema.at("/$defs/Channel/enum").toString()).contains("\"socialMedia\"", "\"phoneOrSms\"");
        assertThat(schema.at("/$defs/Incident/required").toString())
                .isEqualTo("[\"id\",\"occurredAt\",\"channel\",\"kinds\"]");
    }

    @Test
    void formatDocumentationListsEveryFieldAndEnumValue() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "json-format.md"));
        java.util.Map<String, String> sections = new java.util.HashMap<>();
        for (String section : doc.split("\n### ")) {
            sections.put(section.substring(0, section.indexOf('\n')).trim(), section);
        }
        JsonNode schema = PLAIN.readTree(RedressJson.caseSchema());
        java.util.Map<String, JsonNode> types = new java.util.LinkedHashMap<>();
        types.put("Case", schema);
        schema.path("$defs").fields().forEachRemaining(e -> types.put(e.getKey(), e.getValue()));
        String hint = "docs/json-format.md is stale: run python3 docs/schema/make-tables.py";
        types.forEach((name, type) -> {
            assertThat(sections).as(hint).containsKey(name);
            for (String field : fieldNames(type.path("properties"))) {
                assertThat(sections.get(name)).as(hint).contains("| `" + field + "` |");
            }
            type.path("enum").forEach(v -> assertThat(sections.get(name)).as(hint).contains("`" + v.asText() + "`"));
        });
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @TestFactory
    Stream<DynamicTest> everyValidSampleIsValidForBoth() throws IOException {
        JsonSchema schema = validator();
        List<Path> samples;
        try (Stream<Path> files = Files.list(CASES)) {
            samples = files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(2);
        return samples.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(schema.validate(PLAIN.readTree(bytes))).as("schema errors").isEmpty();
            assertThatCode(() -> RedressJson.readCase(bytes)).doesNotThrowAnyException();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidSampleIsRejectedWithTheExpectedPointers() throws IOException {
        JsonSchema schema = validator();
        JsonNode expected = PLAIN.readTree(CASES.resolve("invalid").resolve("expected-problems.json").toFile());
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES.resolve("invalid"))) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals("expected-problems.json"))
                    .sorted().forEach(names::add);
        }
        assertThat(fieldNames(expected)).as("every invalid sample has its expected problems")
                .containsExactlyInAnyOrderElementsOf(names);
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            byte[] bytes = Files.readAllBytes(CASES.resolve("invalid").resolve(name));
            JsonNode want = expected.get(name);
            List<String> pointers = new ArrayList<>();
            want.get("pointers").forEach(p -> pointers.add(p.asText()));

            InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                    () -> RedressJson.readCase(bytes));
            assertThat(e).as("the reader rejects it").isNotNull();
            assertThat(e.problems()).extracting(Problem::pointer).as(e.getMessage())
                    .containsExactlyElementsOf(pointers);

            Set<ValidationMessage> errors = schema.validate(PLAIN.readTree(bytes));
            if (want.get("schemaRejects").asBoolean()) {
                assertThat(errors).as("the schema rejects it").isNotEmpty();
                for (String pointer : pointers) {
                    assertThat(errors).as("a schema error at or above " + pointer + ": " + errors)
                            .anySatisfy(m -> assertThat(new Problem(pointer, "-", "-")
                                    .isAtOrUnder(m.getInstanceLocation().toString())).isTrue());
                }
            } else {
                assertThat(errors).as("a rule between fields, which only the reader checks").isEmpty();
            }
        }));
    }
}
