package dev.tollgate.core.yaml;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.InputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class YamlLoaderRecursionTest {

  @Test
  void rejectsAliasInsideItsOwnAnchor() {
    byte[] yaml = "root:\n  list: &a [1, *a]\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new YamlLoader().load("self.yaml", yaml))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.diagnostic().ruleId())
                  .isEqualTo("yaml-recursive-alias");
              org.assertj.core.api.Assertions.assertThat(e.diagnostic().position().line())
                  .isEqualTo(2);
            });
  }

  @Test
  void acceptsSharedButAcyclicAliases() {
    byte[] yaml = "a: &x [1, 2]\nb: *x\nc: [*x, *x]\n".getBytes(StandardCharsets.UTF_8);
    YamlFile file = new YamlLoader().load("shared.yaml", yaml);
    org.assertj.core.api.Assertions.assertThat(YTrees.documents(file)).hasSize(1);
  }
}
