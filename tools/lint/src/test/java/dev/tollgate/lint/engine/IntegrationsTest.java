package dev.tollgate.lint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.lint.config.ConfigLoader;
import dev.tollgate.lint.config.LintConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tollgate check} covers Prometheus rules (tools/rules) and flags (tools/flags). */
class IntegrationsTest {
  @TempDir Path root;

  private LintResult check() {
    LintConfig config = new ConfigLoader(RuleCatalog.builtIn().ids()).loadFrom(root);
    return new Linter(List.of(), RuleCatalog.builtIn(), Clock.systemUTC())
        .check(root, List.of(Path.of(".")), config);
  }

  private void write(String name, String text) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static List<String> rendered(LintResult result) {
    return result.all().stream().map(d -> d.position() + " " + d.ruleId()).toList();
  }

  @Test
  void checksThePromqlOfPrometheusRuleObjectsAtTheExpression() throws IOException {
    write(
        "rules.yaml",
        """
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: r}
        spec:
          groups:
            - name: g
              rules:
                - record: job:up:sum
                  expr: sum(up
        """);
    assertThat(check().findings()).extracting(Diagnostic::ruleId).containsExactly("promql-syntax");
    assertThat(check().findings().get(0).position().line()).isEqualTo(9);
  }

  @Test
  void checksPlainPrometheusRuleFiles() throws IOException {
    write(
        "prometheus/demo.rules.yaml",
        """
        groups:
          - name: g
            rules:
              - record: job:up:sum
                alert: Both
                expr: sum(up)
        """);
    assertThat(rendered(check())).containsExactly("prometheus/demo.rules.yaml:4:9 rules-kind");
  }

  @Test
  void checksFlagsWithTheConfiguredToday() throws IOException {
    write("flags/owners.yaml", "teams:\n  - name: team-a\n");
    write(
        "flags/default/features.yaml",
        """
        version: "1.4"
        namespace: {key: default}
        flags:
          - key: old-release
            name: Old release
            type: BOOLEAN_FLAG_TYPE
            enabled: true
            metadata: {owner: team-a, type: release, created: "2026-01-01", sunset: "2026-02-01"}
        """);
    write(".tollgate.yaml", "today: 2026-03-01\nflags:\n  sourceRoots: []\n");
    assertThat(rendered(check())).contains("flags/default/features.yaml:8:77 flag-sunset-passed");
    write(".tollgate.yaml", "today: 2026-01-10\nflags:\n  sourceRoots: []\n");
    assertThat(rendered(check())).noneMatch(d -> d.endsWith("flag-sunset-passed"));
    // the flags section's own today counts when the run has none
    write(".tollgate.yaml", "flags:\n  today: 2026-03-01\n  sourceRoots: []\n");
    assertThat(rendered(check())).contains("flags/default/features.yaml:8:77 flag-sunset-passed");
  }

  @Test
  void catalogListsFlagAndPrometheusRuleIds() {
    assertThat(RuleCatalog.builtIn().ids())
        .contains("flag-sunset-passed", "promql-syntax", "rules-kind", "schema-unknown-field");
  }
}
