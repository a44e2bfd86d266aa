package org.redress.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style every Redress value type uses, and that jurisdiction packs may use for their own.
 *
 * <p>Accessors have bare names ({@code name()}, {@code minor()}), like records and the JDK; builders and JSON use
 * the same names ({@code name}, {@code minor}), and Redress's validator reads constraints on bare accessors
 * (a {@code get} prefix is not stripped: {@code getName()} would be the attribute {@code getName}). Generated types
 * are public
 * ({@code ImmutableCase}), collections are JDK collections, attributes marked {@link Value.Redacted} print as
 * {@code ***} in {@code toString()}, and required-attribute checks are left to Jakarta Validation so that one
 * validation pass can report every problem at once.
 *
 * @since 1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {},
    init = "*",
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    validationMethod = Value.Style.ValidationMethod.NONE,
    redactedMask = "***",
    defaults = @Value.Immutable(copy = true))
public @interface RedressStyle {
}
