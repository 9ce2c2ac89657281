package dev.tollgate.lint.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo-app's rules exist twice: as a Prometheus rule file (what the rule unit tests and
 * promtool read) and inside a PrometheusRule (what the Prometheus Operator reads). They must be the
 * same rules, or the tested rules are not the deployed ones.
 */
class PrometheusRuleInSyncTest {

  private static final Path ROOT = RepoLayout.root();

  @Test
  void deployedPrometheusRuleHasExactlyTheTestedGroups() {
    YNode ruleFile = only("apps/demo-app/rules/demo-app.rules.yaml");
    YNode prometheusRule = only("apps/demo-app/base/rules/prometheusrule.yaml");

    assertThat(prometheusRule.text("kind")).contains("PrometheusRule");
    List<YNode> tested = ruleFile.items("groups");
    List<YNode> deployed = prometheusRule.items("spec", "groups");
    assertThat(tested).as("groups in the rule file").isNotEmpty();
    assertThat(deployed.stream().map(YNode::toJava).toList())
        .isEqualTo(tested.stream().map(YNode::toJava).toList());
  }

  private static YNode only(String relative) {
    List<YNode> documents =
        YTrees.documents(new YamlLoader().load(ROOT.resolve(relative), relative));
    assertThat(documents).as(relative).hasSize(1);
    return documents.get(0);
  }
}
