/**
 * The compatibility kit every Redress jurisdiction pack passes, and generators of arbitrary valid cases for
 * property tests.
 */
module org.redress.tck {
    requires transitive org.redress.core;
    requires static org.jspecify; // nullness annotations (@NullMarked, @Nullable): for compilers and checkers
    requires transitive org.junit.jupiter.api;
    requires transitive net.jqwik.api;
    requires org.assertj.core;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires jdk.httpserver;
    requires static org.immutables.value.annotations;

    exports org.redress.tck;
}
