package dev.tollgate.demo.flags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openfeature.sdk.EvaluationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlagSubjectTest {

  @Test
  void oneContextServesEveryEvaluationOfTheSubject() {
    FlagSubject subject = new FlagSubject("user-7", Map.of("plan", "beta"));
    EvaluationContext context = subject.toContext();

    assertThat(context.getTargetingKey()).isEqualTo("user-7");
    assertThat(context.getValue("plan").asString()).isEqualTo("beta");
    assertThat(subject.toContext()).isSameAs(context);
    assertThat(FlagSubject.of("user-8").toContext().asMap()).containsOnlyKeys("targetingKey");
  }

  @Test
  void equalityIsByIdAndAttributes() {
    assertThat(new FlagSubject("a", Map.of("plan", "beta")))
        .isEqualTo(new FlagSubject("a", Map.of("plan", "beta")))
        .hasSameHashCodeAs(new FlagSubject("a", Map.of("plan", "beta")))
        .isNotEqualTo(new FlagSubject("a", Map.of()))
        .isNotEqualTo(FlagSubject.of("b"));
  }
}
