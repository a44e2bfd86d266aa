/**
 * Redress evidence: capture into an encrypted vault, the custody log with its signed checkpoints and time-stamps,
 * evidence bundles (export, OpenPGP signing, verification) and the RFC 3161 time-stamp client. Built on the case
 * model of {@code org.redress.core}; this module, not core, brings Bouncy Castle.
 */
module org.redress.evidence {
    requires transitive org.redress.core;
    requires static org.immutables.value.annotations;
    requires static org.jspecify; // nullness annotations (@NullMarked, @Nullable): for compilers and checkers
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.pg;
    requires org.bouncycastle.util;

    exports org.redress.evidence;
    exports org.redress.evidence.custody;
    exports org.redress.evidence.bundle;
    exports org.redress.evidence.timestamp;

    opens org.redress.evidence to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.redress.evidence.custody to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.redress.evidence.bundle to com.fasterxml.jackson.databind, org.hibernate.validator;
}
