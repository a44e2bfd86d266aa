/**
 * Redress core: the case model and its JSON format, evidence integrity (capture, vault, custody log, bundles),
 * the route, plan and document models, and the planner that finds jurisdiction packs through
 * {@link java.util.ServiceLoader}.
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
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.pg;
    requires org.bouncycastle.util;

    exports org.redress.core;
    exports org.redress.core.json;
    exports org.redress.core.model;
    exports org.redress.core.route;
    exports org.redress.core.plan;
    exports org.redress.core.document;
    exports org.redress.core.timestamp;
    exports org.redress.core.evidence;
    exports org.redress.core.custody;
    exports org.redress.core.bundle;
    exports org.redress.core.validation;
    exports org.redress.core.internal to org.redress.tck;

    opens org.redress.core.model to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.redress.core.route to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.redress.core.plan to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.redress.core.document to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.redress.core.internal to org.hibernate.validator;
    opens org.redress.core.evidence to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.redress.core.custody to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.redress.core.bundle to com.fasterxml.jackson.databind, org.hibernate.validator;

    uses org.redress.core.plan.JurisdictionPack;
}
