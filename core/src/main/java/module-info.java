/**
 * Redress core: the case model and its JSON format, the route, plan and document models, and the planner that finds
 * jurisdiction packs through {@link java.util.ServiceLoader}. Evidence integrity (capture, vault, custody log,
 * bundles, time-stamps) is the separate module {@code org.redress.evidence}.
 */
module org.redress.core {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires java.logging;
    requires static org.immutables.value.annotations;
    requires static org.jspecify; // nullness annotations (@NullMarked, @Nullable): for compilers and checkers

    exports org.redress.core;
    exports org.redress.core.json;
    exports org.redress.core.model;
    exports org.redress.core.route;
    exports org.redress.core.plan;
    exports org.redress.core.document;
    exports org.redress.core.validation;
    exports org.redress.core.internal to org.redress.tck;

    opens org.redress.core.model to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.redress.core.route to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.redress.core.plan to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.redress.core.document to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.redress.core.internal to org.hibernate.validator;

    uses org.redress.core.plan.JurisdictionPack;
}
