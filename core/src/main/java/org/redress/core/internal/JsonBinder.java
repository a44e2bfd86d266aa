package org.redress.core.internal;

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
import java.util.List;
import java.util.Map;
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

        private Bound(Object value, JsonNode pruned, Map<String, List<Integer>> removed) {
            this.value = value;
            this.pruned = pruned;
            this.removed = removed;
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
                return new Bound(value, tree, removed);
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
                problems.add(describe(e, pointer));
                if (path.isEmpty() || attempt >= MAX_PROBLEMS) {
                    if (attempt >= MAX_PROBLEMS) {
                        problems.add(new Problem("", "has too many problems to list them all",
                                "Fix the problems listed and check again."));
                    }
                    return new Bound(null, tree, removed);
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

    private static Problem describe(JsonMappingException e, String pointer) {
        if (e instanceof UnrecognizedPropertyException) {
            Collection<Object> known = ((UnrecognizedPropertyException) e).getKnownPropertyIds();
            String list = known == null ? "" : known.stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return new Problem(pointer, "is not a known field here",
                    "Check the spelling" + (list.isEmpty() ? "." : "; the known fields are: " + list + "."));
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
        if (e instanceof MismatchedInputException) {
            Class<?> target = ((MismatchedInputException) e).getTargetType();
            if (e instanceof InvalidFormatException || target != null) {
                return new Problem(pointer, "has the wrong type or format", "Use " + expected(target) + ".");
            }
        }
        return new Problem(pointer, "could not be read", "Correct it; see the format documentation.");
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
