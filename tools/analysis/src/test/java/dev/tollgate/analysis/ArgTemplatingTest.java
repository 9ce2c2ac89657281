package dev.tollgate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.analysis.template.ArgTemplating;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgTemplatingTest {

  private static final Map<String, String> ARGS = Map.of("args.service-name", "demo-app");

  @Test
  void replacesTagsWithOrWithoutInnerWhitespace() throws Exception {
    assertThat(ArgTemplating.resolve("{app=\"{{args.service-name}}\"}", ARGS))
        .isEqualTo("{app=\"demo-app\"}");
    assertThat(ArgTemplating.resolve("a {{ args.service-name }} b {{args.service-name}}", ARGS))
        .isEqualTo("a demo-app b demo-app");
  }

  @Test
  void unknownTagFailsWithArgoMessageKeepingTheTagAsWritten() {
    assertThatThrownBy(() -> ArgTemplating.resolve("x {{ args.missing }}", ARGS))
        .hasMessage("failed to resolve {{ args.missing }}");
  }

  @Test
  void textWithoutTagsIsUnchanged() throws Exception {
    assertThat(ArgTemplating.resolve("sum(rate(x[5m]))", ARGS)).isEqualTo("sum(rate(x[5m]))");
  }
}
