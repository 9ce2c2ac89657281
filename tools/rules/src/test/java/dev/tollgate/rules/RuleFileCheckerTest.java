package dev.tollgate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Severity;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFileCheckerTest {

  private static List<Diagnostic> check(String yaml) {
    YNode root =
        YTrees.documents(new YamlLoader().load("r.yml", yaml.getBytes(StandardCharsets.UTF_8)))
            .get(0);
    return RuleFileChecker.check(root, "r.yml");
  }

  private static List<String> lines(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .sorted()
        .map(d -> d.render().lines().findFirst().orElseThrow())
        .toList();
  }

  @Test
  void acceptsValidRulesWithoutDiagnostics() {
    assertThat(
            check(
                """
                groups:
                  - name: g
                    rules:
                      - record: job:x:rate5m
                        expr: sum by (job) (rate(x[5m]))
                      - alert: X
                        expr: job:x:rate5m > 1
                        for: 5m
                        keep_firing_for: 1m
                        labels: {severity: page}
                        annotations: {summary: '{{ $labels.job }} {{ $value | humanize }}'}
                """))
        .isEmpty();
  }

  @Test
  void pointsAtTheOffendingTokenInsideSingleLineAndBlockQueries() {
    assertThat(
            lines(
                check(
                    """
                    groups:
                      - name: g
                        rules:
                          - record: a
                            expr: sum(rate(x[5m])
                          - record: b
                            expr: |
                              sum(x)
                                by job
                    """)))
        .containsExactly(
            "r.yml:5:30: error: group \"g\", rule 1, \"a\": could not parse expression: 1:16: parse"
                + " error: unclosed left parenthesis [promql-syntax]",
            "r.yml:9:16: error: group \"g\", rule 2, \"b\": could not parse expression: 2:6: parse"
                + " error: unexpected identifier \"job\" in grouping opts, expected \"(\" [promql-syntax]");
  }

  @Test
  void reportsEveryStructuralProblemWithItsPosition() {
    List<String> found =
        lines(
            check(
                """
                groups:
                  - name: g
                    rules:
                      - record: r
                        expr: x
                        for: 5m
                      - alert: A
                      - alert: B
                        record: c
                        expr: x
                      - alert: T
                        expr: x
                        for: 1x
                        annotations:
                          s: '{{ $lables.x }}'
                        labels:
                          0bad: v
                      - record: 'not valid'
                        expr: x
                        unknown: 1
                  - name: g
                    rules: []
                """));
    assertThat(found)
        .containsExactly(
            "r.yml:6:9: error: group \"g\", rule 1, \"r\": invalid field 'for' in recording rule [rules-record-field]",
            "r.yml:7:9: error: group \"g\", rule 2, \"A\": field 'expr' must be set in rule [rules-expr]",
            "r.yml:9:9: error: group \"g\", rule 3, \"B\": only one of 'record' and 'alert' must be set [rules-kind]",
            "r.yml:13:14: error: for: not a valid duration string: \"1x\" [rules-duration]",
            "r.yml:15:18: error: group \"g\", rule 4, \"T\": annotation \"s\": template: undefined variable \"$lables\" [rules-template]",
            "r.yml:17:11: error: group \"g\", rule 4, \"T\": invalid label name: 0bad [rules-label-name]",
            "r.yml:18:17: error: group \"g\", rule 5, \"not valid\": invalid recording rule name: not valid [rules-record-name]",
            "r.yml:20:9: error: field unknown not found in type rulefmt.RuleNode [rules-format]",
            "r.yml:21:11: error: groupname: \"g\" is repeated in the same file (first at line 2) [rules-group-name]");
  }

  @Test
  void warnsAboutDuplicateRulesWithTheSameLabels() {
    List<Diagnostic> found =
        check(
            """
            groups:
              - name: g
                rules:
                  - {record: r, expr: x}
                  - {record: r, expr: y, labels: {a: b}}
              - name: h
                rules:
                  - {record: r, expr: z}
            """);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(found.get(0).render())
        .startsWith(
            "r.yml:8:9: warning: duplicate rule \"r\" with the same labels (first at line 4)");
  }

  @Test
  void checksThePrometheusRuleSpecAndRejectsUnknownTopLevelKeys() {
    YNode doc =
        YTrees.documents(
                new YamlLoader()
                    .load(
                        "p.yaml",
                        """
                        kind: PrometheusRule
                        spec:
                          groups:
                            - name: g
                              rules:
                                - alert: A
                                  expr: up ==
                        """
                            .getBytes(StandardCharsets.UTF_8)))
            .get(0);
    assertThat(lines(RuleFileChecker.check(doc.get("spec").orElseThrow(), "p.yaml")))
        .containsExactly(
            "p.yaml:7:22: error: group \"g\", rule 1, \"A\": could not parse expression: 1:6: parse error:"
                + " unexpected end of input [promql-syntax]");
    assertThat(lines(RuleFileChecker.check(doc, "p.yaml")))
        .contains(
            "p.yaml:1:1: error: field kind not found in type rulefmt.RuleGroups [rules-format]");
  }
}
