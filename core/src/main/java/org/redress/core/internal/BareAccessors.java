package org.redress.core.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * How Redress's validator finds properties: every no-argument method that returns a value is the accessor of the
 * property of the same name ({@code steps()} is property {@code steps}), as for records. Redress value types use
 * bare accessor names, which Hibernate Validator's default (JavaBean getters only) would not see, so constraints and
 * {@code @Valid} on them would be ignored. Property names are the JSON field names, so the JSON Pointers of problems
 * follow from them.
 */
public final class BareAccessors implements GetterPropertySelectionStrategy {

    /** Object's no-argument methods, which are never properties. */
    private static final Set<String> OBJECT_METHODS = Set.of("getClass", "hashCode", "toString", "clone");

    /** Whether a method of this name, parameter count and return type is a property accessor. */
    static boolean isAccessor(String name, int parameterCount, Class<?> returnType) {
        return parameterCount == 0 && returnType != void.class && !OBJECT_METHODS.contains(name);
    }

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
        return isAccessor(executable.getName(), executable.getParameterTypes().length, executable.getReturnType())
                ? Optional.of(executable.getName())
                : Optional.empty();
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
        return List.of(propertyName);
    }
}
