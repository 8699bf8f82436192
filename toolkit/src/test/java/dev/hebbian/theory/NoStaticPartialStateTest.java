package dev.hebbian.theory;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.hebbian.compute.Sweep;

/** Partial results go back to the caller in exceptions: no mutable static state in Sweep or PhaseDiagram. */
class NoStaticPartialStateTest {
    @Test
    void sweepAndPhaseDiagramKeepNoMutableStatics() {
        for (Class<?> c : new Class<?>[] {Sweep.class, PhaseDiagram.class}) {
            Field[] mutable = Arrays.stream(c.getDeclaredFields())
                    .filter(f -> Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers())).toArray(Field[]::new);
            assertThat(mutable).as(c.getSimpleName()).isEmpty();
            assertThat(Arrays.stream(c.getMethods()).map(java.lang.reflect.Method::getName)).doesNotContain("lastPartial", "lastName");
        }
    }
}
