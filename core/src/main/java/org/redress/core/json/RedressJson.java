package org.redress.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.internal.JsonBinder;
import org.redress.core.internal.JsonFormats;
import org.redress.core.internal.Validation;
import org.redress.core.model.Case;
import org.redress.core.model.IncidentTime;

/**
 * Reads and writes Redress JSON.
 *
 * <p>Reading never lets a Jackson or validation exception escape: invalid input gives one
 * {@link InvalidDataException} listing every problem with its JSON Pointer. A case written in an unknown major
 * version is refused with a message naming the version; a newer minor version's unknown fields are ignored.
 *
 * <p>Writing is deterministic (same value, same bytes): two-space indentation, {@code \n} line ends, fields in a
 * fixed order, times in ISO-8601 with their offsets, empty optional fields left out.
 *
 * <p>Hostile input is refused with a problem, never by running out of time or memory: documents of at most
 * {@link #MAX_DOCUMENT_BYTES}, nesting at most 200 deep, numbers with at most 20 digits before and 20 after the
 * decimal point (so {@code 1e999999999} and {@code 1e-999999999} are refused), no key given twice in one object.
 * A case's incidents and captures may not be dated later than the reading clock's now plus
 * {@link #MAX_CLOCK_SKEW}.
 *
 * <p>All methods are thread-safe.
 *
 * @since 1.0
 */
public final class RedressJson {

    /** The largest JSON document read, in bytes (256 MiB). */
    public static final long MAX_DOCUMENT_BYTES = 256L * 1024 * 1024;

    /**
     * How far in the future an incident time or a capture time may lie before it is refused: clocks disagree by
     * minutes, not by days.
     */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);

    /** The most characters in one number, before its digits are counted. */
    private static final int MAX_NUMBER_LENGTH = 100;

    private static final Pattern VERSION = Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})");
    private static final int SUPPORTED_MAJOR = 1;
    private static final int SUPPORTED_MINOR = 1;

    private static final ObjectMapper MAPPER = newMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());
    private static final ObjectReader CASE_READER = MAPPER.readerFor(Case.class);
    private static final Problem NULL_DOCUMENT = new Problem("", "is null",
            "Give the value as JSON, starting with '{' for an object or '[' for a list.");

    private RedressJson() {
    }

    /**
     * A new Jackson mapper configured as Redress reads and writes: Java time as ISO-8601 with offsets kept,
     * {@code Optional} support, empty optionals left out, only declared properties. Callers may configure their
     * copy freely.
     *
     * @return a new mapper, not shared with Redress
     */
    public static ObjectMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(200).maxStringLength(10_000_000).maxNumberLength(MAX_NUMBER_LENGTH).build())
                // a key given twice is refused, not silently replaced by the last one
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(JsonFormats.strictTimes())
                .addModule(JsonFormats.boundedNumbers())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // a size or a count is a whole number: 1.5 and 1e-999999999 are not rounded to one
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // amounts keep their digits through the JSON tree: 120.50 stays 120.50
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // a null inside a list is that element's problem, not its owner's (which the builder would refuse)
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.NONE)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build()
                .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                        JsonInclude.Include.NON_ABSENT));
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    // ---------------------------------------------------------------- cases

    /**
     * Reads and validates a case, refusing incidents and captures dated in the future by the system clock.
     *
     * @param json the case as UTF-8 JSON
     * @return the case, valid
     * @throws InvalidDataException listing every problem (including an unsupported {@code schemaVersion})
     */
    public static Case readCase(byte[] json) {
        return readCase(json, Clock.systemUTC());
    }

    /**
     * Reads and validates a case, refusing incidents and captures dated later than {@code clock}'s now plus
     * {@link #MAX_CLOCK_SKEW}.
     *
     * @param clock the clock that says what "now" is, such as {@link Clock#systemUTC()} or a fixed clock in tests
     * @param json the case as UTF-8 JSON
     * @return the case, valid
     * @throws InvalidDataException listing every problem (including an unsupported {@code schemaVersion})
     */
    public static Case readCase(byte[] json, Clock clock) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(clock, "clock");
        Instant latest = clock.instant().plus(MAX_CLOCK_SKEW);
        Case valid = readValidCase(json, latest);
        if (valid != null) {
            return valid;
        }
        JsonNode root = parse(json);
        List<Problem> problems = new ArrayList<>();
        boolean newerMinor = checkVersion(root, problems);
        return bindAndValidate(root, Case.class, "case", newerMinor, problems, latest);
    }

    /**
     * Reads and validates a case from a stream (read to its end, up to {@link #MAX_DOCUMENT_BYTES}), refusing
     * incidents and captures dated in the future by the system clock.
     *
     * @param in the stream; it is not closed
     * @return the case, valid
     * @throws InvalidDataException listing every problem (including an unsupported {@code schemaVersion} or a document
     *     larger than {@link #MAX_DOCUMENT_BYTES})
     * @throws IOException when the stream cannot be read
     */
    public static Case readCase(InputStream in) throws IOException {
        return readCase(in, Clock.systemUTC());
    }

    /**
     * Reads and validates a case from a stream (read to its end, up to {@link #MAX_DOCUMENT_BYTES}), refusing
     * incidents and captures dated later than {@code clock}'s now plus {@link #MAX_CLOCK_SKEW}.
     *
     * @param clock the clock that says what "now" is, such as {@link Clock#systemUTC()} or a fixed clock in tests
     * @param in the stream; it is not closed
     * @return the case, valid
     * @throws IOException when the stream cannot be read
     * @throws InvalidDataException listing every problem
     */
    public static Case readCase(InputStream in, Clock clock) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(clock, "clock");
        return readCase(readAll(in), clock);
    }

    /**
     * Reads and validates a case from a file, refusing incidents and captures dated in the future by the system
     * clock.
     *
     * @param file the case's JSON file (UTF-8)
     * @return the case, valid
     * @throws InvalidDataException listing every problem (including an unsupported {@code schemaVersion} or a document
     *     larger than {@link #MAX_DOCUMENT_BYTES})
     * @throws IOException when the file cannot be read
     */
    public static Case readCase(Path file) throws IOException {
        return readCase(file, Clock.systemUTC());
    }

    /**
     * Reads and validates a case from a file, refusing incidents and captures dated later than {@code clock}'s now
     * plus {@link #MAX_CLOCK_SKEW}.
     *
     * @param clock the clock that says what "now" is, such as {@link Clock#systemUTC()} or a fixed clock in tests
     * @param file the case's JSON file (UTF-8)
     * @return the case, valid
     * @throws IOException when the file cannot be read
     * @throws InvalidDataException listing every problem
     */
    public static Case readCase(Path file, Clock clock) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(clock, "clock");
        if (Files.size(file) > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        return readCase(Files.readAllBytes(file), clock);
    }

    /**
     * The JSON Schema (draft 2020-12) of a case in the format this library writes, generated from the model.
     * The same file is in the jar as {@code /org/redress/core/json/case.schema.json}, and in the project's
     * {@code docs/schema/}. It checks each field; rules between fields (such as ids that refer to other items) are
     * described in it and checked by {@link #readCase(byte[])}.
     *
     * @return the schema as UTF-8 JSON
     */
    public static byte[] caseSchema() {
        try (InputStream in = RedressJson.class.getResourceAsStream("case.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("case.schema.json is missing from the redress-core jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a case as UTF-8 JSON, ending with a line feed.
     *
     * @param value the case
     * @return the JSON, UTF-8, with {@code schemaVersion} {@value org.redress.core.model.Case#SCHEMA_VERSION}
     */
    public static byte[] writeCase(Case value) {
        Objects.requireNonNull(value, "value");
        return write(value);
    }

    // ---------------------------------------------------------------- any Redress value

    /**
     * Reads and validates any Redress value type (a plan, a report document, a route).
     *
     * @param what what is being read, for the exception's message ("plan", "route")
     * @param <T> the value type
     * @param json the value as UTF-8 JSON
     * @param type the value type, such as {@code Plan.class}
     * @return the value, valid
     * @throws InvalidDataException listing every problem
     */
    public static <T> T read(byte[] json, Class<T> type, String what) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(what, "what");
        return bindAndValidate(parse(json), type, what, false, new ArrayList<>(), null);
    }

    /**
     * Reads a list of values, such as a pack's route data, validating each.
     *
     * @param <T> the element type
     * @param json a JSON array, UTF-8
     * @param elementType the element type, such as {@code Route.class}
     * @param what what is being read, for the exception's message ("routes")
     * @return the values, in order, each valid
     * @throws InvalidDataException listing every problem of every element, by its pointer
     */
    public static <T> List<T> readList(byte[] json, Class<T> elementType, String what) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(elementType, "elementType");
        Objects.requireNonNull(what, "what");
        JsonNode root = parse(json);
        List<Problem> problems = new ArrayList<>();
        JsonBinder.Bound bound = JsonBinder.bindTracked(MAPPER, root,
                MAPPER.getTypeFactory().constructCollectionType(List.class, elementType), false, problems);
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) bound.value();
        if (list == null && problems.isEmpty()) {
            problems.add(NULL_DOCUMENT);
        }
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                for (Problem p : Validation.problems(list.get(i))) {
                    problems.add(new Problem(bound.originalPointer("/" + i + p.pointer()), p.message(), p.fix()));
                }
            }
        }
        throwIfAny(what, problems);
        return list;
    }

    /**
     * Writes any Redress value as UTF-8 JSON, ending with a line feed.
     *
     * @param value a Redress value (or a list or map of them)
     * @return the JSON, UTF-8
     */
    public static byte[] write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes any Redress value as UTF-8 JSON to a stream, ending with a line feed. Does not close the stream.
     *
     * @param value a Redress value (or a list or map of them)
     * @param out the stream to write to
     * @throws IOException when the stream cannot be written
     */
    public static void write(Object value, OutputStream out) throws IOException {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        WRITER.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
        out.write('\n');
    }

    /**
     * Writes any Redress value to a JSON tree.
     *
     * @param value a Redress value
     * @return the value as a JSON tree, as {@link #write(Object)} would write it
     */
    public static JsonNode toTree(Object value) {
        Objects.requireNonNull(value, "value");
        return MAPPER.valueToTree(value);
    }

    // ---------------------------------------------------------------- internals

    private static JsonNode parse(byte[] json) {
        if (json.length > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        try (JsonParser parser = MAPPER.createParser(json)) {
            JsonNode root;
            try {
                root = MAPPER.readTree(parser);
            } catch (NumberFormatException e) {
                // an exponent beyond what a number can hold (0e-2147483648): the parser is at that value
                throw new InvalidDataException("JSON", List.of(JsonBinder.numberOutOfBounds(
                        parser.getParsingContext().pathAsPointer().toString())));
            }
            if (root == null || root.isMissingNode()) {
                throw new InvalidDataException("JSON", List.of(new Problem("", "is empty",
                        "Give a JSON object, starting with '{'.")));
            }
            List<String> outOfBounds = new ArrayList<>();
            JsonFormats.numbersOutOfBounds(root, "", outOfBounds);
            List<String> illFormed = new ArrayList<>();
            JsonFormats.illFormedText(root, "", illFormed);
            if (!outOfBounds.isEmpty() || !illFormed.isEmpty()) {
                List<Problem> problems = new ArrayList<>();
                for (String pointer : outOfBounds) {
                    problems.add(JsonBinder.numberOutOfBounds(pointer));
                }
                for (String pointer : illFormed) {
                    problems.add(new Problem(pointer, "is not well-formed Unicode text", ILL_FORMED_FIX));
                }
                throw new InvalidDataException("JSON", problems);
            }
            return root;
        } catch (JsonParseException e) {
            if (e.getProcessor() instanceof JsonParser && String.valueOf(e.getOriginalMessage())
                    .startsWith("Duplicate field '")) {
                // the parser stops at the second occurrence; its context names the field
                String pointer = ((JsonParser) e.getProcessor()).getParsingContext().pathAsPointer().toString();
                throw new InvalidDataException("JSON", List.of(new Problem(pointer, "is given twice",
                        "Give each field once in its object: remove one of the two, keeping the right value.")));
            }
            throw notJson(e);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            // from bytes in memory, only a decoding failure (a document that looks like UTF-16 or UTF-32 text)
            throw new InvalidDataException("JSON", List.of(new Problem("", "is not valid JSON text",
                    "Save the file as UTF-8 text.")));
        }
    }

    /** The fix for text with a lone surrogate (such as {@code \\uD800} on its own). */
    static final String ILL_FORMED_FIX = "Remove the lone surrogate escape (\\uD800 to \\uDFFF on its own): a character "
            + "beyond \\uFFFF is written as a pair of escapes, high then low (\\uD83D\\uDE00), or as the character itself "
            + "in UTF-8.";

    private static InvalidDataException notJson(JsonProcessingException e) {
        var loc = e.getLocation();
        String where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
        return new InvalidDataException("JSON", List.of(new Problem("", "is not valid JSON" + where,
                "Check the JSON syntax near that place: quotes, commas and brackets.")));
    }

    /**
     * The quick path for a valid case: binds straight from the bytes in one pass and validates. Returns null
     * (and the caller takes the path that reports every problem) at the first sign of anything else: a binding
     * failure, a missing or unsupported {@code schemaVersion}, trailing content, or any validation problem.
     */
    private static Case readValidCase(byte[] json, Instant latest) {
        if (json.length > MAX_DOCUMENT_BYTES) {
            return null;
        }
        try {
            Case value = Validation.deferred(() -> {
                try {
                    return CASE_READER.readValue(json); // trailing content fails: FAIL_ON_TRAILING_TOKENS
                } catch (IOException e) {
                    return null;
                }
            });
            if (value == null || !hasStringSchemaVersion(json) || JsonFormats.maySpellSurrogate(json)) {
                return null;
            }
            Matcher m = VERSION.matcher(value.schemaVersion());
            if (!m.matches() || Integer.parseInt(m.group(1)) != SUPPORTED_MAJOR
                    || !Validation.problems(value).isEmpty() || !futureProblems(value, latest).isEmpty()) {
                return null;
            }
            return value;
        } catch (RuntimeException e) {
            return null; // the full path reports it
        }
    }

    private static final byte[] SCHEMA_VERSION_KEY = "\"schemaVersion\"".getBytes(StandardCharsets.US_ASCII);

    /**
     * Whether the document gives {@code schemaVersion} as a string (the model would default a missing or null one).
     * Asked only of a document that bound to a {@link Case} with unknown properties refused: no other type of the
     * model has a property of that name and none holds free-form maps, and a quoted name followed by a colon is
     * always a key, since a quote inside a JSON string is escaped. So the first such key found is the root's. A
     * key written with escapes (such as {@code \u0073chemaVersion}) is not found, and the full path decides.
     */
    static boolean hasStringSchemaVersion(byte[] json) {
        int n = SCHEMA_VERSION_KEY.length;
        for (int i = 0; i + n <= json.length; i++) {
            if (json[i] == '"' && Arrays.equals(json, i, i + n, SCHEMA_VERSION_KEY, 0, n)) {
                int j = skipSpace(json, i + n);
                if (j < json.length && json[j] == ':') {
                    j = skipSpace(json, j + 1);
                    return j < json.length && json[j] == '"';
                }
            }
        }
        return false;
    }

    private static int skipSpace(byte[] json, int from) {
        int j = from;
        while (j < json.length && (json[j] == ' ' || json[j] == '\t' || json[j] == '\n' || json[j] == '\r')) {
            j++;
        }
        return j;
    }

    /** Checks schemaVersion; returns whether the document is of a newer minor version than this library. */
    private static boolean checkVersion(JsonNode root, List<Problem> problems) {
        JsonNode v = root.get("schemaVersion");
        if (!root.isObject()) {
            return false; // the binder reports the wrong type
        }
        if (v == null || v.isNull()) {
            problems.add(new Problem("/schemaVersion", "is missing",
                    "Add \"schemaVersion\": \"" + Case.SCHEMA_VERSION + "\" to the case."));
            return false;
        }
        Matcher m = v.isTextual() ? VERSION.matcher(v.asText()) : null;
        if (m == null || !m.matches()) {
            problems.add(new Problem("/schemaVersion", "is not a version",
                    "Write the version as major.minor, such as \"" + Case.SCHEMA_VERSION + "\"."));
            return false;
        }
        int major = Integer.parseInt(m.group(1));
        if (major != SUPPORTED_MAJOR) {
            throw new InvalidDataException("case", List.of(new Problem("/schemaVersion",
                    "is " + v.asText() + ", a version this library cannot read (it reads " + SUPPORTED_MAJOR
                            + ".x)",
                    major > SUPPORTED_MAJOR ? "Upgrade Redress to a version that reads format " + major
                            + ", or export the case in format " + SUPPORTED_MAJOR + "."
                            : "Convert the case to format " + SUPPORTED_MAJOR + ".")));
        }
        return Integer.parseInt(m.group(2)) > SUPPORTED_MINOR;
    }

    private static <T> T bindAndValidate(JsonNode root, Class<T> type, String what, boolean ignoreUnknown,
            List<Problem> problems, Instant latest) {
        JsonBinder.Bound bound = JsonBinder.bindTracked(MAPPER, root, MAPPER.constructType(type), ignoreUnknown,
                problems);
        T value = type.cast(bound.value());
        if (value == null && problems.isEmpty()) {
            problems.add(NULL_DOCUMENT); // JSON null binds to null
        }
        if (value != null) {
            List<Problem> bindingProblems = List.copyOf(problems);
            List<Problem> checks = new ArrayList<>(Validation.problems(value));
            if (latest != null && value instanceof Case) {
                checks.addAll(futureProblems((Case) value, latest));
            }
            for (Problem checked : checks) {
                // Elements that could not be bound are missing from the value: point into the document as written.
                Problem p = new Problem(bound.originalPointer(checked.pointer()), checked.message(), checked.fix());
                // A field that could not be read was left out, so checks of it, or of the object holding it
                // ("has no time" when the only time was malformed), would only repeat the binding problem.
                // A field missing beside a misspelt one was already suggested in the misspelt one's problem.
                if (bindingProblems.stream().noneMatch(b -> p.isAtOrUnder(b.pointer())
                        || (!p.pointer().isEmpty() && b.isAtOrUnder(p.pointer())))
                        && !bound.suggested().contains(p.pointer())) {
                    problems.add(p);
                }
            }
        }
        throwIfAny(what, problems);
        return value;
    }

    /**
     * The incident times and capture times of a case that lie after {@code latest}: a case records what has
     * happened, so a time in the future is a mistyped year or a wrong clock.
     */
    private static List<Problem> futureProblems(Case c, Instant latest) {
        List<Problem> problems = List.of();
        for (int i = 0; i < c.incidents().size(); i++) {
            IncidentTime t = c.incidents().get(i).occurredAt();
            if (t == null) {
                continue; // reported as missing
            }
            String at = "/incidents/" + i + "/occurredAt/";
            problems = future(problems, at + "instant", t.instant().orElse(null), latest);
            problems = future(problems, at + "from", t.from().orElse(null), latest);
            problems = future(problems, at + "to", t.to().orElse(null), latest);
            if (t.date().isPresent() && t.zone() != null) {
                LocalDate day = t.date().get();
                ZoneId zone = t.zone();
                if (day.atStartOfDay(zone).toInstant().isAfter(latest)) {
                    problems = add(problems, at + "date");
                }
            }
        }
        for (int i = 0; i < c.evidence().size(); i++) {
            problems = future(problems, "/evidence/" + i + "/capturedAt", c.evidence().get(i).capturedAt(),
                    latest);
        }
        return problems;
    }

    private static List<Problem> future(List<Problem> problems, String pointer, OffsetDateTime t, Instant latest) {
        return t != null && t.toInstant().isAfter(latest) ? add(problems, pointer) : problems;
    }

    private static List<Problem> add(List<Problem> problems, String pointer) {
        List<Problem> out = problems.isEmpty() ? new ArrayList<>() : problems;
        out.add(new Problem(pointer, "is in the future",
                "Check the year and the date; a case records what has already happened. If the device's clock is"
                        + " wrong, give the time as it really was."));
        return out;
    }

    private static void throwIfAny(String what, List<Problem> problems) {
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Validation.comparePointers(a.pointer(), b.pointer()));
            throw new InvalidDataException(what, problems);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_DOCUMENT_BYTES + 1));
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    private static InvalidDataException tooLarge() {
        return new InvalidDataException("JSON", List.of(new Problem("", "is larger than "
                + (MAX_DOCUMENT_BYTES >> 20) + " MiB", "Split the data, or keep large files in the evidence vault.")));
    }
}
