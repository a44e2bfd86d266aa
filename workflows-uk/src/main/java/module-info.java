/** The United Kingdom jurisdiction pack: England and Wales, Scotland, Northern Ireland. */
module org.redress.uk {
    requires transitive org.redress.core;
    requires static org.jspecify; // nullness annotations (@NullMarked, @Nullable): for compilers and checkers
    requires static org.immutables.value.annotations;

    exports org.redress.uk;

    opens org.redress.uk to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.redress.uk.internal to com.fasterxml.jackson.databind;

    provides org.redress.core.plan.JurisdictionPack with org.redress.uk.UkPack;
}
