package org.redress.core.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.redress.core.validation.Validated;

/**
 * A quick answer to "is this value valid?", from the same Jakarta constraints that Hibernate Validator checks.
 * Hibernate Validator reports every problem with its path, but costs about a hundred microseconds per record; a
 * case with tens of thousands of records is almost always valid, so {@link Validation} asks this check first and
 * runs Hibernate Validator only when it says no.
 *
 * <p>The check is conservative: it answers "valid" only when it evaluated every constraint itself. A constraint it
 * does not know (such as {@code @Email}) makes it ask Hibernate Validator about that one value.
 */
final class FastCheck {

    private static final ClassValue<BeanCheck> CHECKS = new ClassValue<>() {
        @Override
        protected BeanCheck computeValue(Class<?> type) {
            return compile(type, false);
        }
    };

    /** As {@link #CHECKS}, but not walking into values that were checked when built ({@link CheckedWhenBuilt}). */
    private static final ClassValue<BeanCheck> CHECKS_WHEN_BUILT = new ClassValue<>() {
        @Override
        protected BeanCheck computeValue(Class<?> type) {
            return compile(type, true);
        }
    };

    /** Whether every instance of a class was checked when built: the generated class of a {@link CheckedWhenBuilt} type. */
    private static final ClassValue<Boolean> CHECKED_WHEN_BUILT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            Class<?> value = type.getSuperclass();
            return value != null && value.isAnnotationPresent(CheckedWhenBuilt.class)
                    && Modifier.isFinal(type.getModifiers())
                    && type.getName().equals(value.getPackageName() + ".Immutable" + value.getSimpleName());
        }
    };

    private FastCheck() {
    }

    /** Whether {@code value} and everything it holds satisfy their constraints. */
    static boolean isValid(Object value) {
        return value == null || CHECKS.get(value.getClass()).test(value);
    }

    /**
     * Whether {@code value}, being built, satisfies its constraints, taking the values it holds that were checked
     * when they were built ({@link CheckedWhenBuilt}) as valid without walking into them again.
     */
    static boolean isValidWhenBuilt(Object value) {
        return value == null || CHECKS_WHEN_BUILT.get(value.getClass()).test(value);
    }

    /** The checks of one class: its getters' constraints, cascades, and its cross-field rules. */
    private static final class BeanCheck implements Predicate<Object> {
        final List<Function<Object, Object>> getters = new ArrayList<>();
        final List<Predicate<Object>> valueChecks = new ArrayList<>();
        boolean consistent;
        boolean delegate;

        @Override
        public boolean test(Object bean) {
            if (delegate) {
                return Validation.hibernateProblems(bean).isEmpty();
            }
            for (int i = 0; i < getters.size(); i++) {
                if (!valueChecks.get(i).test(getters.get(i).apply(bean))) {
                    return false;
                }
            }
            if (consistent) {
                boolean[] ok = {true};
                ((Validated) bean).collectProblems((field, message, fix) -> ok[0] = false);
                return ok[0];
            }
            return true;
        }
    }

    private static BeanCheck compile(Class<?> runtimeType, boolean whenBuilt) {
        BeanCheck check = new BeanCheck();
        check.consistent = Validated.class.isAssignableFrom(runtimeType); // @Consistent comes from the interface
        for (Class<?> c = runtimeType; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Annotation a : c.getAnnotations()) {
                if (isConstraint(a) && !(a instanceof Consistent)) {
                    check.delegate = true; // a class-level constraint this check does not know
                }
            }
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                for (Annotation a : f.getAnnotations()) {
                    check.delegate |= isConstraint(a) || a instanceof Valid;
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()
                        || m.isBridge() || !isGetterName(m)) {
                    continue;
                }
                Predicate<Object> valueCheck = valueCheck(m.getAnnotatedReturnType(), m.getAnnotations(), check,
                        whenBuilt);
                if (valueCheck == null) {
                    continue;
                }
                if (!Modifier.isPublic(m.getModifiers()) || !Modifier.isPublic(c.getModifiers())) {
                    check.delegate = true;
                    continue;
                }
                // the runtime class's override (an Immutables accessor) returns the value
                Method accessor;
                try {
                    accessor = runtimeType.getMethod(m.getName());
                } catch (NoSuchMethodException e) {
                    check.delegate = true;
                    continue;
                }
                Function<Object, Object> getter = getter(accessor);
                if (getter == null) {
                    check.delegate = true;
                    continue;
                }
                check.getters.add(getter);
                check.valueChecks.add(valueCheck);
            }
        }
        return check;
    }

    /** A direct call of {@code accessor}, as fast as a hand-written one; null when it cannot be made. */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> getter(Method accessor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle target = lookup.unreflect(accessor);
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                    target, target.type().wrap().changeReturnType(Object.class).changeParameterType(0,
                            accessor.getDeclaringClass()))
                    .getTarget().invokeExact();
        } catch (Throwable e) {
            // not accessible from here (a type in a package not open to core): Method.invoke may still work
            accessor.trySetAccessible();
            return bean -> {
                try {
                    return accessor.invoke(bean);
                } catch (IllegalAccessException | InvocationTargetException ex) {
                    throw new IllegalStateException(ex);
                }
            };
        }
    }

    private static boolean isGetterName(Method m) {
        return BareAccessors.isAccessor(m.getName(), m.getParameterCount(), m.getReturnType());
    }

    /** The check of one value of type {@code type}, or null when nothing is constrained. */
    private static Predicate<Object> valueCheck(AnnotatedType type, Annotation[] declared, BeanCheck owner,
            boolean whenBuilt) {
        Set<Annotation> annotations = new LinkedHashSet<>(List.of(type.getAnnotations()));
        annotations.addAll(List.of(declared));
        List<Predicate<Object>> checks = new ArrayList<>();
        for (Annotation a : annotations) {
            Predicate<Object> p = constraint(a);
            if (p != null) {
                checks.add(p);
            } else if (a instanceof Valid) {
                checks.add(whenBuilt
                        ? v -> v == null || CHECKED_WHEN_BUILT.get(v.getClass()) || isValidWhenBuilt(v)
                        : v -> v == null || isValid(v));
            } else if (isConstraint(a)) {
                owner.delegate = true;
            }
        }
        if (type instanceof AnnotatedParameterizedType) {
            AnnotatedType[] args = ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments();
            Class<?> raw = raw(type);
            if (args.length == 1 && (Collection.class.isAssignableFrom(raw) || raw == Optional.class)) {
                Predicate<Object> element = valueCheck(args[0], new Annotation[0], owner, whenBuilt);
                if (element != null) {
                    checks.add(raw == Optional.class
                            ? v -> v == null || ((Optional<?>) v).isEmpty() || element.test(((Optional<?>) v).get())
                            : v -> v == null || allMatch((Collection<?>) v, element));
                }
            } else {
                for (AnnotatedType arg : args) {
                    if (valueCheck(arg, new Annotation[0], owner, whenBuilt) != null) {
                        owner.delegate = true; // constraints inside a map or other container
                    }
                }
            }
        }
        if (checks.isEmpty()) {
            return null;
        }
        if (checks.size() == 1) {
            return checks.get(0);
        }
        return v -> {
            for (Predicate<Object> p : checks) {
                if (!p.test(v)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Class<?> raw(AnnotatedType t) {
        java.lang.reflect.Type type = t.getType();
        if (type instanceof java.lang.reflect.ParameterizedType) {
            return (Class<?>) ((java.lang.reflect.ParameterizedType) type).getRawType();
        }
        return type instanceof Class ? (Class<?>) type : Object.class;
    }

    private static boolean isConstraint(Annotation a) {
        return a.annotationType().isAnnotationPresent(Constraint.class);
    }

    /** The constraints whose meaning is fixed by the Jakarta Validation specification; null for any other. */
    private static Predicate<Object> constraint(Annotation a) {
        if (a instanceof NotNull) {
            return v -> v != null;
        }
        if (a instanceof NotBlank) {
            return v -> v != null && hasNonSpace(v.toString());
        }
        if (a instanceof NotEmpty) {
            return v -> v != null && size(v) > 0;
        }
        if (a instanceof Size) {
            int min = ((Size) a).min();
            int max = ((Size) a).max();
            return v -> v == null || (size(v) >= min && size(v) <= max);
        }
        if (a instanceof Pattern && ((Pattern) a).flags().length == 0) {
            Predicate<CharSequence> simple = SimplePattern.compile(((Pattern) a).regexp());
            if (simple != null) {
                return v -> v == null || simple.test((CharSequence) v);
            }
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(((Pattern) a).regexp());
            return v -> v == null || p.matcher((CharSequence) v).matches();
        }
        if (a instanceof PositiveOrZero) {
            return v -> v == null || sign(v) >= 0;
        }
        if (a instanceof Positive) {
            return v -> v == null || sign(v) > 0;
        }
        if (a instanceof Min) {
            long min = ((Min) a).value();
            return v -> v == null || (v instanceof Long || v instanceof Integer) && ((Number) v).longValue() >= min;
        }
        if (a instanceof Max) {
            long max = ((Max) a).value();
            return v -> v == null || (v instanceof Long || v instanceof Integer) && ((Number) v).longValue() <= max;
        }
        return null;
    }

    private static boolean allMatch(Collection<?> values, Predicate<Object> check) {
        for (Object v : values) {
            if (!check.test(v)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} is not empty after {@link String#trim()}, without making the trimmed copy. */
    private static boolean hasNonSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > ' ') {
                return true;
            }
        }
        return false;
    }

    private static int size(Object v) {
        if (v instanceof CharSequence) {
            return ((CharSequence) v).length();
        }
        if (v instanceof Collection) {
            return ((Collection<?>) v).size();
        }
        if (v instanceof Map) {
            return ((Map<?, ?>) v).size();
        }
        if (v instanceof Object[]) {
            return ((Object[]) v).length;
        }
        return -1; // an unexpected type: never valid here, so Hibernate Validator decides
    }

    private static int sign(Object v) {
        if (v instanceof BigDecimal) {
            return ((BigDecimal) v).signum();
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return Long.signum(((Number) v).longValue());
        }
        if (v instanceof java.math.BigInteger) {
            return ((java.math.BigInteger) v).signum();
        }
        return -2; // doubles and others: let Hibernate Validator decide
    }
}
