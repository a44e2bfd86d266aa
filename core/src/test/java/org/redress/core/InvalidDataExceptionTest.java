package org.redress.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;

class InvalidDataExceptionTest {

    @Test
    void problemsSurviveSerialization() throws Exception {
        InvalidDataException e = new InvalidDataException("case", List.of(
                new Problem("/incidents/0/occurredAt", "is in the future", "give the time it happened")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            InvalidDataException back = (InvalidDataException) in.readObject();
            assertThat(back.problems()).isEqualTo(e.problems());
            assertThat(back.getMessage()).isEqualTo(e.getMessage());
        }
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> Planner.of().plan(null, PlanningContext.now()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("the case");
        assertThatThrownBy(() -> new Problem(null, "m", "f")).hasMessageContaining("pointer");
    }
}
