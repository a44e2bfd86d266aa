package org.redress.core.internal;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.redress.core.Problem;

/**
 * Binds a JSON tree to a value type and turns every binding failure into a {@link Problem}.
 *
 * <p>Jackson stops at the first failure, so the binder records it, removes the offending node and binds again,
 * until binding succeeds. Removed array elements are remembered so that later problems still point at the
 * original positions. A valid document binds in one pass. Construction-time checks are deferred during binding;
 * the caller validates the bound value as a whole.
 */
public final class JsonBinder {

    private static final int MAX_PROBLEMS = 500;

    private JsonBinder() {
    }

    /**
     * Binds {@code root} to {@code type}, adding a problem for every node that could not be bound.
     *
     * @return the bound value, or {@code null} when nothing could be bound
     */
    public static Object bind(ObjectMapper mapper, JsonNode root, JavaType type, boolean ignoreUnknown,
            List<Problem> problems) {
        return bindTracked(mapper, root, type, ignoreUnknown, problems).value();
    }

    /**
     * A bound value, and the way back from a pointer into it to a pointer into the original document: an array
     * element that could not be bound is left out of the value, so the elements after it moved up by one.
     */
    public static final class Bound {
        private final Object value;
        private final JsonNode pruned;
        private final Map<String, List<Integer>> removed;
        private final Set<String> suggested;

        private Bound(Object value, JsonNode pruned, Map<String, List<Integer>> removed, Set<String> suggested) {
            this.value = value;
            this.pruned = pruned;
            this.removed = removed;
            this.suggested = suggested;
        }

        /**
         * Pointers (into the original document) of the known fields suggested for unknown ones, such as
         * {@code /incidents/0/occurredAt} for a misspelt {@code occuredAt} beside it: the problem of the misspelt
         * field already says so, so a check that finds that field missing would only repeat it.
         */
        public Set<String> suggested() {
            return suggested;
        }

        /** The bound value, or {@code null} when nothing could be bound. */
        public Object value() {
            return value;
        }

        /** The pointer into the original document of a pointer into the bound value (such as a validation's). */
        public String originalPointer(String pointer) {
            if (removed.isEmpty() || pointer.isEmpty()) {
                return pointer;
            }
            List<Object> path = new ArrayList<>();
            JsonNode node = pruned;
            for (String token : pointer.substring(1).split("/", -1)) {
                String name = token.replace("~1", "/").replace("~0", "~");
                if (node != null && node.isArray() && !name.isEmpty() && name.chars().allMatch(Character::isDigit)
                        && name.length() < 10) {
                    int index = Integer.parseInt(name);
                    path.add(index);
                    node = node.get(index);
                } else {
                    path.add(name);
                    node = node != null && node.isObject() ? node.get(name) : null;
                }
            }
            return JsonBinder.originalPointer(path, removed);
        }
    }

    /**
     * As {@link #bind}, and keeps what is needed to map pointers into the bound value back to the document.
     */
    public static Bound bindTracked(ObjectMapper mapper, JsonNode root, JavaType type, boolean ignoreUnknown,
            List<Problem> problems) {
        ObjectReader reader = mapper.readerFor(type);
        if (ignoreUnknown) {
            reader = reader.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }
        Map<String, List<Integer>> removed = new HashMap<>();
        Set<String> suggested = new HashSet<>();
        JsonNode tree = root;
        boolean copied = false;
        for (int attempt = 0; ; attempt++) {
            try {
                ObjectReader r = reader;
                JsonNode t = tree;
                Object value = Validation.deferred(() -> {
                    try {
                        return r.readValue(t);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return new Bound(value, tree, removed, suggested);
            } catch (UncheckedIOException wrapped) {
                if (!(wrapped.getCause() instanceof JsonMappingException)) {
                    throw wrapped;
                }
                JsonMappingException e = (JsonMappingException) wrapped.getCause();
                List<Object> path = new ArrayList<>();
                for (JsonMappingException.Reference ref : e.getPath()) {
                    path.add(ref.getFieldName() != null ? ref.getFieldName() : (Object) ref.getIndex());
                }
                if (e instanceof UnrecognizedPropertyException) {
                    path.add(((UnrecognizedPropertyException) e).getPropertyName());
                }
                // drop trailing references that do not exist in the tree (Jackson may point one level too deep)
                while (!path.isEmpty() && nodeAt(tree, path) == null) {
                    path.remove(path.size() - 1);
                }
                String pointer = originalPointer(path, removed);
                if (e instanceof UnrecognizedPropertyException) {
                    UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
                    JsonNode owner = nodeAt(tree, path.subList(0, path.size() - 1));
                    String near = nearest(u.getPropertyName(), u.getKnownPropertyIds(), owner);
                    problems.add(unknownField(pointer, near, u.getKnownPropertyIds()));
                    if (near != null) {
                        suggested.add(pointer.substring(0, pointer.lastIndexOf('/') + 1)
                                + Validation.escapePointer(near));
                    }
                } else {
                    problems.add(describe(e, pointer));
                }
                if (path.isEmpty() || attempt >= MAX_PROBLEMS) {
                    if (attempt >= MAX_PROBLEMS) {
                        problems.add(new Problem("", "has too many problems to list them all",
                                "Fix the problems listed and check again."));
                    }
                    return new Bound(null, tree, removed, suggested);
                }
                if (!copied) {
                    tree = tree.deepCopy();
                    copied = true;
                }
                remove(tree, path, removed);
            }
        }
    }

    private static JsonNode nodeAt(JsonNode tree, List<Object> path) {
        JsonNode n = tree;
        for (Object step : path) {
            if (n == null) {
                return null;
            }
            n = step instanceof Integer ? (n.isArray() ? n.get((Integer) step) : null) : (n.isObject() ? n.get((String) step) : null);
        }
        return n;
    }

    private static void remove(JsonNode tree, List<Object> path, Map<String, List<Integer>> removed) {
        JsonNode parent = nodeAt(tree, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode) {
            ((ObjectNode) parent).remove((String) last);
        } else if (parent instanceof ArrayNode) {
            int current = (Integer) last;
            String arrayPointer = originalPointer(path.subList(0, path.size() - 1), removed);
            List<Integer> gone = removed.computeIfAbsent(arrayPointer, k -> new ArrayList<>());
            gone.add(originalIndex(gone, current));
            gone.sort(null);
            ((ArrayNode) parent).remove(current);
        }
    }

    private static int originalIndex(List<Integer> gone, int current) {
        int index = current;
        for (int r : gone) {
            if (r <= index) {
                index++;
            } else {
                break;
            }
        }
        return index;
    }

    /** The pointer of {@code path} (positions in the pruned tree) in the original document. */
    private static String originalPointer(List<Object> path, Map<String, List<Integer>> removed) {
        StringBuilder sb = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer) {
                List<Integer> gone = removed.getOrDefault(sb.toString(), List.of());
                sb.append('/').append(originalIndex(gone, (Integer) step));
            } else {
                sb.append('/').append(Validation.escapePointer((String) step));
            }
        }
        return sb.toString();
    }

    /** At most this many known fields are listed when no near name is found. */
    private static final int MAX_LISTED = 8;

    private static Problem unknownField(String pointer, String near, Collection<Object> known) {
        if (near != null) {
            return new Problem(pointer, "is not a known field here", "Did you mean '" + near + "'?");
        }
        if (known != null && !known.isEmpty() && known.size() <= MAX_LISTED) {
            return new Problem(pointer, "is not a known field here", "Check the spelling; the known fields are: "
                    + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ".");
        }
        return new Problem(pointer, "is not a known field here",
                "Check the spelling, or remove it; docs/json-format.md lists the fields of each object.");
    }

    /**
     * The known field nearest to an unknown name by edit distance, when it is close enough to be a misspelling
     * (at most one edit in four characters, and at most three) and not already given in the same object; else
     * null. Ties go to the first name in alphabetical order.
     */
    static String nearest(String unknown, Collection<Object> known, JsonNode owner) {
        if (unknown == null || known == null || unknown.length() > 64) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known.stream().map(String::valueOf).sorted().collect(Collectors.toList())) {
            if (owner != null && owner.has(name)) {
                continue;
            }
            int d = distance(unknown.toLowerCase(java.util.Locale.ROOT), name.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        int allowed = Math.min(3, Math.max(1, unknown.length() / 4));
        return bestDistance <= allowed ? best : null;
    }

    /** The optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static Problem describe(JsonMappingException e, String pointer) {
        if (e instanceof JsonFormats.NotARealDate) {
            boolean date = ((InvalidFormatException) e).getTargetType() == LocalDate.class;
            return new Problem(pointer, date ? "is not a real date" : "is not a real date and time",
                    "Check the month (01 to 12) and the day of the month (February has 28 days, or 29 in a leap "
                            + "year)" + (date ? "." : ", and the hours (00 to 23), minutes and seconds (00 to 59)."));
        }
        if (e instanceof JsonFormats.NumberOutOfBounds) {
            return numberOutOfBounds(pointer);
        }
        if (e.getCause() instanceof InputCoercionException) {
            return new Problem(pointer, "is a number out of range",
                    "Use " + expected(((InputCoercionException) e.getCause()).getTargetType()) + ".");
        }
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null
                    && cause.getMessage().startsWith("not ")) {
                String[] parts = cause.getMessage().split(": ", 2);
                return new Problem(pointer, "is " + parts[0], parts.length > 1 ? capitalise(parts[1]) + "." : "Correct it.");
            }
            return new Problem(pointer, "has a value that cannot be used", "Correct it; see the format documentation.");
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidNullException) {
            return new Problem(pointer, Validation.MISSING, pointer.matches(".*/[0-9]+")
                    ? "Remove the null from the list, or give a value." : "Give a value.");
        }
        if (e instanceof MismatchedInputException) {
            Class<?> target = ((MismatchedInputException) e).getTargetType();
            if (e instanceof InvalidFormatException || target != null) {
                return new Problem(pointer, "has the wrong type or format", "Use " + expected(target) + ".");
            }
        }
        return new Problem(pointer, "could not be read", "Correct it; see the format documentation.");
    }

    /** The problem of a number with too many digits (see {@link JsonFormats#withinBounds}). */
    public static Problem numberOutOfBounds(String pointer) {
        return new Problem(pointer, "is a number out of bounds", "Use at most " + JsonFormats.MAX_INTEGER_DIGITS
                + " digits before the decimal point and " + JsonFormats.MAX_FRACTION_DIGITS + " after it.");
    }

    private static String expected(Class<?> t) {
        if (t == null) {
            return "a value of the documented type";
        }
        if (t.isEnum()) {
            return "one of: " + Arrays.stream(t.getEnumConstants()).map(c -> camel(((Enum<?>) c).name()))
                    .collect(Collectors.joining(", "));
        }
        if (t == String.class) {
            return "text in quotes";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true or false (without quotes)";
        }
        if (t == int.class || t == Integer.class) {
            return "a whole number (without quotes) from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (t == long.class || t == Long.class) {
            return "a whole number (without quotes) from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (t.isPrimitive() || Number.class.isAssignableFrom(t) || t == BigDecimal.class || t == BigInteger.class) {
            return "a number (without quotes)";
        }
        if (t == OffsetDateTime.class) {
            return "a date and time with its offset, such as \"2026-03-01T21:04:00+00:00\"";
        }
        if (t == LocalDate.class) {
            return "a date such as \"2026-03-01\"";
        }
        if (ZoneId.class.isAssignableFrom(t)) {
            return "a time zone such as \"Europe/London\" or \"America/New_York\"";
        }
        if (t == URI.class) {
            return "a URL such as \"https://example.org/post/123\"";
        }
        if (Collection.class.isAssignableFrom(t)) {
            return "a list in square brackets";
        }
        return "an object in curly braces";
    }

    private static String camel(String upperSnake) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : upperSnake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return sb.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
