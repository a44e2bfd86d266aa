package org.redress.core.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.redress.core.model.Answer;

/**
 * Generates a JSON Schema (draft 2020-12) from Redress value types, as Jackson writes them: property names and
 * order come from Jackson's serializer for the Immutables implementation; types, required fields and constraints
 * come from the abstract accessors and their Jakarta Validation annotations (including those on type arguments,
 * such as {@code List<@NotBlank String>}).
 *
 * <p>What a schema can say is said: types, required fields, enum names, patterns, lengths, sizes, bounds and
 * formats. Rules between fields (an incident's time has exactly one form; ids that refer to other items) are only
 * described, in each definition's {@code description}; the reader checks them.
 *
 * <p>A type the generator does not know makes it fail, so that a new attribute type is never silently left out.
 */
public final class JsonSchemaGenerator {

    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    /** Characters Jakarta's {@code @NotBlank} does not count as blank: anything above U+0020. */
    private static final String NOT_BLANK = "[^\\u0000-\\u0020]";

    private final ObjectMapper mapper;
    private final Map<String, ObjectNode> defs = new TreeMap<>();
    private final Map<Class<?>, String> descriptions;
    private final Function<Method, String> propertyDescriptions;

    private JsonSchemaGenerator(ObjectMapper mapper, Map<Class<?>, String> descriptions,
            Function<Method, String> propertyDescriptions) {
        this.mapper = mapper;
        this.descriptions = descriptions;
        this.propertyDescriptions = propertyDescriptions;
    }

    /**
     * The schema of {@code root}.
     *
     * @param mapper the mapper that reads and writes the values
     * @param root the root value type, such as {@code Case}
     * @param id the schema's {@code $id}
     * @param title the schema's title
     * @param descriptions a description for each value type, keyed by its class (the Javadoc is not available at
     *     run time); types without one get none
     * @param rootRequired properties required at the root beyond those the model requires (such as
     *     {@code schemaVersion}, which the reader demands although the model has a default)
     * @param rootOverrides schemas replacing the generated ones of root properties, by name
     * @param propertyDescriptions the description of a property, from its accessor (such as the first sentence
     *     of its Javadoc); null for none
     */
    public static ObjectNode generate(ObjectMapper mapper, Class<?> root, String id, String title,
            Map<Class<?>, String> descriptions, List<String> rootRequired, Map<String, ObjectNode> rootOverrides,
            Function<Method, String> propertyDescriptions) {
        JsonSchemaGenerator g = new JsonSchemaGenerator(mapper, descriptions, propertyDescriptions);
        ObjectNode rootSchema = g.object(root);
        ArrayNode required = rootSchema.withArray("required");
        for (String r : rootRequired) {
            boolean present = false;
            for (var n : required) {
                present |= n.asText().equals(r);
            }
            if (!present) {
                required.add(r);
            }
        }
        rootOverrides.forEach((name, schema) -> ((ObjectNode) rootSchema.get("properties")).set(name, schema));
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", id);
        schema.put("title", title);
        schema.setAll(rootSchema);
        ObjectNode defsNode = schema.putObject("$defs");
        g.defs.forEach(defsNode::set);
        return schema;
    }

    private ObjectNode object(Class<?> type) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("type", "object");
        if (descriptions.containsKey(type)) {
            schema.put("description", descriptions.get(type));
        }
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JsonNodeFactory.instance.arrayNode();
        for (PropertyWriter property : properties(type)) {
            String name = property.getName();
            Method accessor = accessor(type, name);
            AnnotatedType annotated = accessor.getAnnotatedReturnType();
            Class<?> raw = accessor.getReturnType();
            boolean abstractAccessor = Modifier.isAbstract(accessor.getModifiers());
            boolean container = Collection.class.isAssignableFrom(raw) || raw == Optional.class;
            boolean notEmpty = accessor.isAnnotationPresent(NotEmpty.class);
            ObjectNode propertySchema = schemaOf(annotated, accessor.getAnnotations());
            if ((abstractAccessor && !container) || notEmpty) {
                if (abstractAccessor && !container && !hasAny(accessor.getAnnotations(), NotNull.class,
                        NotBlank.class, NotEmpty.class)) {
                    throw new IllegalStateException(type.getSimpleName() + "." + name
                            + " is required but has no @NotNull: a missing value would go unreported");
                }
                required.add(name);
            } else if (!raw.isPrimitive()) {
                // Optional, list and defaulted values may be given as null, which reads as absent.
                propertySchema = nullable(propertySchema);
            }
            String description = propertyDescriptions.apply(accessor);
            if (description != null) {
                ObjectNode described = JsonNodeFactory.instance.objectNode().put("description", description);
                propertySchema.remove("description");
                described.setAll(propertySchema);
                propertySchema = described;
            }
            properties.set(name, propertySchema);
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode nullable(ObjectNode schema) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        if (schema.has("description")) {
            result.set("description", schema.remove("description"));
        }
        ArrayNode anyOf = result.putArray("anyOf");
        anyOf.add(schema);
        anyOf.addObject().put("type", "null");
        return result;
    }

    private List<PropertyWriter> properties(Class<?> type) {
        try {
            JsonSerializer<Object> serializer = mapper.getSerializerProviderInstance().findValueSerializer(type);
            if (!(serializer instanceof BeanSerializerBase)) {
                throw new IllegalStateException(type.getName() + " is not written as a JSON object");
            }
            List<PropertyWriter> list = new java.util.ArrayList<>();
            ((BeanSerializerBase) serializer).properties().forEachRemaining(list::add);
            return list;
        } catch (JsonMappingException e) {
            throw new IllegalStateException("cannot introspect " + type.getName(), e);
        }
    }

    private static Method accessor(Class<?> type, String name) {
        try {
            return type.getMethod(name); // accessors have the bare names of the JSON properties
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no accessor for JSON property " + name, e);
        }
    }

    private ObjectNode schemaOf(AnnotatedType annotated, Annotation[] extra) {
        // a constraint on a method is also a type annotation of its return type: count each once
        Annotation[] annotations = new java.util.LinkedHashSet<>(List.of(concat(annotated.getAnnotations(), extra)))
                .toArray(new Annotation[0]);
        Class<?> raw = raw(annotated);
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        if (raw == Optional.class) {
            return schemaOf(typeArgument(annotated, 0), new Annotation[0]);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            s.put("type", "array");
            s.set("items", schemaOf(typeArgument(annotated, 0), new Annotation[0]));
            for (Annotation a : annotations) {
                if (a instanceof Size) {
                    sizeBounds(s, (Size) a, "minItems", "maxItems");
                } else if (a instanceof NotEmpty) {
                    s.put("minItems", 1);
                }
            }
            return s;
        }
        if (raw == String.class) {
            s.put("type", "string");
            stringConstraints(s, annotations);
            return s;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            s.put("type", "boolean");
            return s;
        }
        if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class) {
            s.put("type", "integer");
            numberConstraints(s, annotations);
            return s;
        }
        if (raw == BigDecimal.class) {
            s.put("type", "number");
            numberConstraints(s, annotations);
            return s;
        }
        if (raw == OffsetDateTime.class) {
            s.put("type", "string").put("format", "date-time").put("pattern", anchored(JsonFormats.DATE_TIME));
            return s;
        }
        if (raw == LocalDate.class) {
            s.put("type", "string").put("format", "date").put("pattern", anchored(JsonFormats.DATE));
            return s;
        }
        if (raw == ZoneId.class) {
            s.put("type", "string").put("pattern", anchored(JsonFormats.ZONE))
                    .put("description", "An IANA time-zone id such as Europe/London, or an offset such as +01:00.");
            return s;
        }
        if (raw == URI.class) {
            s.put("type", "string").put("format", "iri");
            return s;
        }
        if (raw == Answer.class) {
            s.put("$ref", "#/$defs/Answer");
            defs.computeIfAbsent("Answer", k -> {
                ObjectNode a = JsonNodeFactory.instance.objectNode();
                a.put("description", "A yes/no fact that may not be known: true, false, or \"unknown\" "
                        + "(null and an absent value are unknown too). Unknown is never read as no.");
                a.putArray("enum").add(true).add(false).add("unknown").addNull();
                return a;
            });
            return s;
        }
        if (raw.isEnum()) {
            s.put("$ref", "#/$defs/" + raw.getSimpleName());
            defs.computeIfAbsent(raw.getSimpleName(), k -> enumSchema(raw));
            return s;
        }
        if (raw.isAnnotationPresent(JsonDeserialize.class)) {
            s.put("$ref", "#/$defs/" + raw.getSimpleName());
            if (!defs.containsKey(raw.getSimpleName())) {
                defs.put(raw.getSimpleName(), JsonNodeFactory.instance.objectNode()); // guards recursion
                defs.put(raw.getSimpleName(), object(raw));
            }
            return s;
        }
        if (valueMethod(raw) != null && descriptions.containsKey(raw)) {
            // a single-string value type such as Jurisdiction: its pattern comes with its description
            s.put("$ref", "#/$defs/" + raw.getSimpleName());
            defs.computeIfAbsent(raw.getSimpleName(), k -> stringValueSchema(raw));
            return s;
        }
        throw new IllegalStateException("the schema generator does not know how to describe " + raw.getName());
    }

    private ObjectNode stringValueSchema(Class<?> raw) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("type", "string");
        try {
            s.put("pattern", anchored((String) raw.getField("PATTERN").get(null)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(raw.getName() + " needs a public static String PATTERN", e);
        }
        s.put("description", descriptions.get(raw));
        return s;
    }

    private static Method valueMethod(Class<?> raw) {
        for (Method m : raw.getMethods()) {
            if (m.isAnnotationPresent(JsonValue.class)) {
                return m;
            }
        }
        return null;
    }

    private ObjectNode enumSchema(Class<?> raw) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("type", "string");
        if (descriptions.containsKey(raw)) {
            s.put("description", descriptions.get(raw));
        }
        ArrayNode values = s.putArray("enum");
        for (Object constant : raw.getEnumConstants()) {
            try {
                values.add(mapper.readTree(mapper.writeValueAsBytes(constant)).asText());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return s;
    }

    private static void stringConstraints(ObjectNode s, Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof Size) {
                sizeBounds(s, (Size) a, "minLength", "maxLength");
            } else if (a instanceof NotBlank) {
                s.put("minLength", Math.max(1, s.path("minLength").asInt(0)));
                addPattern(s, NOT_BLANK);
            } else if (a instanceof NotEmpty) {
                s.put("minLength", Math.max(1, s.path("minLength").asInt(0)));
            } else if (a instanceof Pattern) {
                addPattern(s, anchored(((Pattern) a).regexp()));
            } else if (a instanceof Email) {
                s.put("format", "email");
            } else if (!(a instanceof NotNull || a instanceof Valid)) {
                throw new IllegalStateException("the schema generator does not know " + a.annotationType());
            }
        }
    }

    private static void addPattern(ObjectNode s, String pattern) {
        if (!s.has("pattern")) {
            s.put("pattern", pattern);
            return;
        }
        // two patterns: both must match
        ArrayNode allOf = s.withArray("allOf");
        allOf.addObject().put("pattern", pattern);
    }

    private static void numberConstraints(ObjectNode s, Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof PositiveOrZero) {
                s.put("minimum", 0);
            } else if (a instanceof Min) {
                s.put("minimum", ((Min) a).value());
            } else if (a instanceof Max) {
                s.put("maximum", ((Max) a).value());
            } else if (a instanceof DecimalMin) {
                s.put("minimum", new BigDecimal(((DecimalMin) a).value()));
            } else if (!(a instanceof NotNull || a instanceof Valid)) {
                throw new IllegalStateException("the schema generator does not know " + a.annotationType());
            }
        }
    }

    private static void sizeBounds(ObjectNode s, Size size, String min, String max) {
        if (size.min() > 0) {
            s.put(min, Math.max(size.min(), s.path(min).asInt(0)));
        }
        if (size.max() < Integer.MAX_VALUE) {
            s.put(max, size.max());
        }
    }

    private static String anchored(String regex) {
        return "^(?:" + regex + ")$";
    }

    private static Class<?> raw(AnnotatedType t) {
        java.lang.reflect.Type type = t.getType();
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof java.lang.reflect.ParameterizedType) {
            return (Class<?>) ((java.lang.reflect.ParameterizedType) type).getRawType();
        }
        throw new IllegalStateException("unsupported type " + type);
    }

    private static AnnotatedType typeArgument(AnnotatedType t, int i) {
        if (!(t instanceof AnnotatedParameterizedType)) {
            throw new IllegalStateException("raw container type " + t.getType());
        }
        return ((AnnotatedParameterizedType) t).getAnnotatedActualTypeArguments()[i];
    }

    @SafeVarargs
    private static boolean hasAny(Annotation[] annotations, Class<? extends Annotation>... types) {
        for (Annotation a : annotations) {
            for (Class<? extends Annotation> t : types) {
                if (t.isInstance(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Annotation[] concat(Annotation[] a, Annotation[] b) {
        Annotation[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Writes {@code schema} deterministically, for the checked-in copies. */
    public static byte[] write(ObjectMapper mapper, ObjectNode schema) {
        try {
            return (mapper.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
