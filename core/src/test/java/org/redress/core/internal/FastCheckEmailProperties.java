package org.redress.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.redress.core.model.Person;

/**
 * The quick check's {@code @Email} answers "valid" only for addresses Hibernate Validator accepts, so a person with an
 * ordinary address is checked without starting Hibernate Validator, and any other address is left to it.
 */
class FastCheckEmailProperties {

    static Person person(String email) {
        return Validation.deferred(() -> Person.builder().name("Rowan Example").email(email).build());
    }

    @Test
    void plainAddressesAreDecidedQuicklyAndTheRestByHibernateValidator() {
        for (String plain : List.of("rowan@example.com", "Rowan.Example+cases@mail-1.example.org", "a_b-c@x",
                "r@" + "d".repeat(63) + ".example")) {
            assertThat(FastCheck.plainEmail(plain)).as(plain).isTrue();
            assertThat(FastCheck.isValid(person(plain))).as(plain).isTrue();
            assertThat(Validation.hibernateProblems(person(plain))).as(plain).isEmpty();
        }
        for (String other : List.of("", "@example.com", "rowan@", "rowan@@example.com", "rowan@example..com",
                ".rowan@example.com", "rowan.@example.com", "rowan@-example.com", "rowan@example.com.",
                "\"rowan example\"@example.com", "rowan@[192.0.2.1]", "rówan@example.com", "rowan@exämple.com",
                "r@" + "d".repeat(64) + ".example", "x".repeat(65) + "@example.com", "rowan example@example.com")) {
            assertThat(FastCheck.plainEmail(other)).as(other).isFalse();
            // Not decided quickly: Validation.problems gives Hibernate Validator's answer, whatever it is.
            assertThat(Validation.problems(person(other))).as(other)
                    .isEqualTo(Validation.hibernateProblems(person(other)));
        }
    }

    @Property(tries = 2000)
    void whatTheQuickCheckCallsValidHibernateValidatorAccepts(@ForAll("addresses") String email) {
        if (FastCheck.plainEmail(email)) {
            assertThat(Validation.hibernateProblems(person(email))).as(email).isEmpty();
        }
        assertThat(Validation.problems(person(email))).as(email).isEqualTo(Validation.hibernateProblems(person(email)));
    }

    /** Short strings over the characters addresses are made of, and some they may not contain. */
    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> local = Arbitraries.strings().withChars("abZ09._+-\"' é@").ofMinLength(0).ofMaxLength(8);
        Arbitrary<String> domain = Arbitraries.strings().withChars("abZ09.-_ é[]").ofMinLength(0).ofMaxLength(10);
        Arbitrary<String> longLabel = Arbitraries.integers().between(60, 66).map(n -> "a".repeat(n) + ".example");
        return Arbitraries.oneOf(local.flatMap(l -> domain.map(d -> l + "@" + d)),
                local.flatMap(l -> longLabel.map(d -> l + "@" + d)),
                Arbitraries.integers().between(62, 66).map(n -> "x".repeat(n) + "@example.com"),
                Arbitraries.strings().withChars("ab@.-").ofMaxLength(10));
    }
}
