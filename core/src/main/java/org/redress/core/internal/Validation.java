package org.redress.core.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;

/**
 * Jakarta Validation for Redress value types: one shared validator, conversion of violations to {@link Problem}s
 * with JSON Pointers, and a deferred mode in which values built while reading JSON skip their own construction-time
 * check so that the reader can validate the whole document once and report every problem.
 */
public final class Validation {

    private static final Validator VALIDATOR = validator();

    /** The message for a required value that is absent or null, wherever it is found. */
    public static final String MISSING = "is missing";

    private static final ThreadLocal<Integer> DEFERRED = ThreadLocal.withInitial(() -> 0);

    private Validation() {
    }

    private static Validator validator() {
        QuietLogging.quietValidatorBanner();
        return jakarta.validation.Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .getterPropertySelectionStrategy(new BareAccessors())
                .buildValidatorFactory()
                .getValidator();
    }

    /**
     * Validates {@code value} (and everything it holds) unless validation is deferred on this thread.
     * Called from every value type's {@code @Value.Check}. Values it holds of a {@link CheckedWhenBuilt} type were
     * checked when they were built and are not walked into again.
     *
     * @throws InvalidDataException naming every problem
     */
    public static void check(Object value) {
        if (DEFERRED.get() > 0) {
            return;
        }
        // What the value holds of a type checked when built was checked then (CheckedWhenBuilt); on any doubt,
        // Hibernate Validator looks at everything.
        List<Problem> problems = FastCheck.isValidWhenBuilt(value) ? List.of() : hibernateProblems(value);
        if (!problems.isEmpty()) {
            throw new InvalidDataException(value.getClass().getSimpleName().replaceFirst("^Immutable", ""), problems);
        }
    }

    /** Runs {@code work} with construction-time checks switched off on this thread. */
    public static <T> T deferred(Supplier<T> work) {
        DEFERRED.set(DEFERRED.get() + 1);
        try {
            return work.get();
        } finally {
            int depth = DEFERRED.get() - 1;
            if (depth == 0) {
                DEFERRED.remove();
            } else {
                DEFERRED.set(depth);
            }
        }
    }

    /** Every problem of {@code value} and what it holds, sorted by pointer. */
    public static List<Problem> problems(Object value) {
        return FastCheck.isValid(value) ? List.of() : hibernateProblems(value);
    }

    /**
     * Every problem of {@code value} as Hibernate Validator finds them, without the quick check that
     * {@link #problems} makes first. For tests that compare the two.
     */
    public static List<Problem> hibernateProblems(Object value) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(value);
        if (violations.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>(violations.size());
        for (ConstraintViolation<Object> v : violations) {
            problems.add(toProblem(v));
        }
        problems.sort(Comparator.comparing(Problem::pointer, Validation::comparePointers).thenComparing(Problem::message));
        return problems;
    }

    /** Escapes a literal text for use as a message template. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }

    private static Problem toProblem(ConstraintViolation<Object> v) {
        String pointer = pointer(v.getPropertyPath());
        String message = v.getMessage();
        if (v.getConstraintDescriptor().getAnnotation() instanceof jakarta.validation.constraints.NotNull
                && message.equals("must not be null")) {
            message = MISSING; // one wording for a field left out and a field given as null
        }
        String[] parts = message.split("\\" + ConsistentValidator.FIX_SEPARATOR, -1);
        if (parts.length == 3) { // from ConsistentValidator: relative pointer, message, fix
            return new Problem(parts[0].isEmpty() ? pointer : pointer + "/" + parts[0], parts[1], parts[2]);
        }
        if (parts.length == 2) { // an annotation message written as "message|fix"
            return new Problem(pointer, parts[0], parts[1]);
        }
        return new Problem(pointer, message, fixFor(v.getConstraintDescriptor(), lastName(pointer)));
    }

    private static String fixFor(ConstraintDescriptor<?> d, String field) {
        Annotation a = d.getAnnotation();
        Map<String, Object> attrs = d.getAttributes();
        String name = a.annotationType().getSimpleName();
        String f = field.isEmpty() ? "the value" : "'" + field + "'";
        switch (name) {
            case "NotNull":
                return "Give a value for " + f + ".";
            case "NotEmpty":
                return "Give at least one value for " + f + ".";
            case "NotBlank":
                return "Write some text in " + f + ".";
            case "Size":
                return "Make " + f + " between " + attrs.get("min") + " and " + attrs.get("max")
                        + " characters (or items) long.";
            case "Min":
            case "DecimalMin":
                return "Use a value of at least " + attrs.get("value") + " for " + f + ".";
            case "Max":
            case "DecimalMax":
                return "Use a value of at most " + attrs.get("value") + " for " + f + ".";
            case "PositiveOrZero":
                return "Use zero or a positive number for " + f + ".";
            case "Positive":
                return "Use a positive number for " + f + ".";
            case "Pattern":
                return "Correct the format of " + f + " as described.";
            case "Email":
                return "Use an e-mail address such as name@example.org for " + f + ".";
            case "PastOrPresent":
                return "Use a time that is not in the future for " + f + ".";
            default:
                return "Correct " + f + ".";
        }
    }

    private static String lastName(String pointer) {
        int slash = pointer.lastIndexOf('/');
        String last = pointer.substring(slash + 1);
        return last.chars().allMatch(Character::isDigit) ? "" : last.replace("~1", "/").replace("~0", "~");
    }

    /** Converts a Jakarta property path into a JSON Pointer. */
    static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                sb.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                sb.append('/').append(escapePointer(String.valueOf(node.getKey())));
            }
            if ((node.getKind() == jakarta.validation.ElementKind.PROPERTY) && node.getName() != null) {
                sb.append('/').append(escapePointer(node.getName()));
            }
        }
        return sb.toString();
    }

    /** Escapes one JSON Pointer reference token (RFC 6901). */
    public static String escapePointer(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Orders pointers so that {@code /a/2} comes before {@code /a/10}. */
    public static int comparePointers(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            if (!x[i].isEmpty() && !y[i].isEmpty() && x[i].chars().allMatch(Character::isDigit)
                    && y[i].chars().allMatch(Character::isDigit) && x[i].length() < 10 && y[i].length() < 10) {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
