/**
 * Redress interchange: machine-readable reports that platforms, hosting providers and forensic tools already take.
 * EU Digital Services Act Article 16 notices and Article 17 statements of reasons (in the DSA Transparency Database
 * API's form), X-ARF v4 abuse reports for hosting providers, and CASE/UCO JSON-LD exports of evidence bundles. Each
 * is built from the case, plan and bundle models of {@code redress-core}, and each refuses to produce an incomplete
 * report, naming every missing element with its JSON Pointer.
 */
module org.redress.interchange {
    requires transitive org.redress.core;
    requires transitive org.redress.evidence; // CASE/UCO exports are built from evidence bundles
    requires static org.jspecify; // nullness annotations (@NullMarked, @Nullable): for compilers and checkers
    requires static org.immutables.value.annotations;

    exports org.redress.interchange.dsa;
    exports org.redress.interchange.xarf;
    exports org.redress.interchange.caseuco;

    opens org.redress.interchange.dsa to com.fasterxml.jackson.databind;
}
