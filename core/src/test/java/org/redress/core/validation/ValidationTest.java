package org.redress.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.model.Account;
import org.redress.core.model.ImmutableAccount;

class ValidationTest {

    @Test
    void aCrossFieldRuleOfAValidatedTypeIsReportedOnceByItsPointer() {
        InvalidDataException e = (InvalidDataException) org.assertj.core.api.Assertions.catchThrowable(() ->
                ImmutableAccount.builder().platform("instagram").handle("@example_handle")
                        .profileUrl(URI.create("example_handle")).build());
        assertThat(e.problems()).extracting(Problem::pointer).containsExactly("/profileUrl");
    }

    @Test
    void theQuickCheckAndJakartaValidationAgreeOnTheInheritedConstraint() {
        Account bad = org.redress.core.internal.Validation.deferred(() ->
                ImmutableAccount.builder().platform("instagram").handle("@example_handle")
                        .profileUrl(URI.create("example_handle")).build());
        assertThat(Validation.problems(bad)).hasSize(1)
                .isEqualTo(org.redress.core.internal.Validation.hibernateProblems(bad));
        assertThat(Validation.problems(Account.of("instagram", "@example_handle"))).isEmpty();
    }

    @Test
    void checkThrowsNamingEveryProblemAndNamesANullArgument() {
        Account bad = org.redress.core.internal.Validation.deferred(() ->
                ImmutableAccount.builder().platform(" ").handle("@example_handle")
                        .profileUrl(URI.create("example_handle")).build());
        assertThatThrownBy(() -> Validation.check(bad)).isInstanceOf(InvalidDataException.class)
                .satisfies(t -> assertThat(((InvalidDataException) t).problems()).extracting(Problem::pointer)
                        .containsExactly("/platform", "/profileUrl"));
        assertThatThrownBy(() -> Validation.problems(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("value");
    }

    @Test
    void aPacksOwnValidatedTypeIsCheckedByJakartaValidationToo() {
        record Span(int from, int to) implements Validated {
            @Override
            public void collectProblems(Problems problems) {
                if (to < from) {
                    problems.add("to", "is before 'from'", "Give a 'to' that is not before 'from'.");
                }
            }
        }
        assertThat(Validation.problems(new Span(2, 1))).containsExactly(
                new Problem("/to", "is before 'from'", "Give a 'to' that is not before 'from'."));
        assertThat(Validation.problems(new Span(1, 2))).isEmpty();
    }
}
