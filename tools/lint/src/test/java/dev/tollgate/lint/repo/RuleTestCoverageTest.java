package dev.tollgate.lint.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the demo-app is unit-tested: each alert has a case where it fires and one where it
 * stays silent, and each recorded series is asserted directly or feeds a tested alert.
 */
class RuleTestCoverageTest {

  private static final Path ROOT = RepoLayout.root();
  private static final String RULES = "apps/demo-app/rules/demo-app.rules.yaml";
  private static final String TESTS = "apps/demo-app/tests/rules/demo-app.rules.test.yaml";

  @Test
  void everyAlertHasAFiringAndASilentCase() {
    List<YNode> rules = rules();
    YNode tests = load(TESTS);
    assertThat(tests.items("rule_files").stream().map(n -> n.text().orElse("")).toList())
        .as("the test file must load the rule file")
        .contains("../../rules/demo-app.rules.yaml");

    Set<String> firing = new LinkedHashSet<>();
    Set<String> silent = new LinkedHashSet<>();
    for (YNode group : tests.items("tests")) {
      for (YNode alertTest : group.items("alert_rule_test")) {
        String name = alertTest.text("alertname").orElseThrow();
        (alertTest.items("exp_alerts").isEmpty() ? silent : firing).add(name);
      }
    }
    List<String> alerts = rules.stream().flatMap(r -> r.text("alert").stream()).toList();
    assertThat(alerts).isNotEmpty();
    assertThat(firing).as("alerts with a firing case").containsAll(alerts);
    assertThat(silent).as("alerts with a silent case").containsAll(alerts);
  }

  @Test
  void everyRecordedSeriesIsAssertedOrFeedsATestedAlert() {
    List<YNode> rules = rules();
    YNode tests = load(TESTS);
    List<String> checkedExpressions = new ArrayList<>();
    for (YNode group : tests.items("tests")) {
      for (YNode exprTest : group.items("promql_expr_test")) {
        checkedExpressions.add(exprTest.text("expr").orElse(""));
      }
    }
    // alerts are all tested (see above), so their expressions count as checked too
    rules.stream()
        .filter(r -> r.text("alert").isPresent())
        .forEach(r -> checkedExpressions.add(r.text("expr").orElse("")));
    for (YNode rule : rules) {
      rule.text("record")
          .ifPresent(
              record ->
                  assertThat(checkedExpressions)
                      .as("recorded series %s is never checked", record)
                      .anyMatch(expr -> expr.contains(record)));
    }
  }

  private static List<YNode> rules() {
    List<YNode> rules = new ArrayList<>();
    for (YNode group : load(RULES).items("groups")) {
      rules.addAll(group.items("rules"));
    }
    return rules;
  }

  private static YNode load(String relative) {
    return YTrees.documents(new YamlLoader().load(ROOT.resolve(relative), relative)).get(0);
  }
}
