package org.redress.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The published schemas under docs/schema, read by an independent validator with format assertions on. */
public final class Schemas {

    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** The schema of that file name in docs/schema. */
    public static JsonSchema of(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try {
                String text = Files.readString(Path.of("..", "docs", "schema", n), StandardCharsets.UTF_8);
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                        .formatAssertionsEnabled(true).build();
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Asserts that the JSON is valid against the schema. */
    public static void assertValid(String schema, JsonNode json) {
        assertThat(of(schema).validate(json)).as("%s errors for %s", schema, json).isEmpty();
    }
}
