/** The United States jurisdiction pack: federal law and the covered states. */
module org.redress.us {
    requires transitive org.redress.core;
    requires static org.jspecify; // nullness annotations (@NullMarked, @Nullable): for compilers and checkers
    requires static org.immutables.value.annotations;

    exports org.redress.us;

    provides org.redress.core.plan.JurisdictionPack with org.redress.us.UsPack;
}
