package dev.tollgate.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.InputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class YamlLoaderDepthTest {

  private static byte[] nested(int depth) {
    return ("[".repeat(depth) + "]".repeat(depth) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void reportsWhereTheDepthLimitIsCrossed() {
    assertThatThrownBy(() -> new YamlLoader().load("deep.yaml", nested(300)))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.diagnostic().ruleId()).isEqualTo("yaml-too-deep");
              assertThat(e.diagnostic().position().toString()).isEqualTo("deep.yaml:1:257");
            });
  }

  @Test
  void survivesNestingDeeperThanTheStack() {
    assertThatThrownBy(() -> new YamlLoader().load("abyss.yaml", nested(200_000)))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.diagnostic().ruleId()).isEqualTo("yaml-too-deep"));
  }

  @Test
  void acceptsNestingUpToTheLimit() {
    YamlFile file = new YamlLoader().load("ok.yaml", nested(YamlLimits.defaults().maxDepth()));
    assertThat(file.documents()).hasSize(1);
  }
}
