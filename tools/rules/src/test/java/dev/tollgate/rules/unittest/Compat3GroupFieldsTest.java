package dev.tollgate.rules.unittest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.promql.Compat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prometheus 3.x group fields: {@code labels} on every rule, {@code query_offset}. */
class Compat3GroupFieldsTest {

  @TempDir Path dir;

  private RuleTestRunner.FileResult run(Compat compat) throws Exception {
    Files.writeString(
        dir.resolve("rules.yml"),
        """
        groups:
          - name: shifted
            query_offset: 2m
            labels: {team: db, tier: gold}
            rules:
              - record: copy
                expr: v
                labels: {tier: silver}
        """);
    Path test =
        Files.writeString(
            dir.resolve("test.yml"),
            """
            rule_files: [rules.yml]
            tests:
              - interval: 1m
                input_series:
                  - series: 'v'
                    values: '0+10x10'
                promql_expr_test:
                  # at 5m the rule queried v at 3m (30) and wrote it at 3m
                  - expr: copy
                    eval_time: 5m
                    exp_samples:
                      - labels: 'copy{team="db", tier="silver"}'
                        value: 30
                  - expr: timestamp(copy)
                    eval_time: 5m
                    exp_samples:
                      - labels: '{team="db", tier="silver"}'
                        value: 180
            """);
    return new RuleTestRunner(new RuleTestRunner.Options(compat, null)).runFile(test, "test.yml");
  }

  @Test
  void appliesGroupLabelsAndQueryOffsetUnderCompat3() throws Exception {
    RuleTestRunner.FileResult result = run(Compat.V3);
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void rejectsThe3xGroupFieldsUnderCompat2LikePromtool242() throws Exception {
    RuleTestRunner.FileResult result = run(Compat.V2);
    assertThat(result.inputError()).isTrue();
    assertThat(String.join("\n", result.errors()))
        .contains("rules.yml:3:5: error: field query_offset not found in type rulefmt.RuleGroup")
        .contains("rules.yml:4:5: error: field labels not found in type rulefmt.RuleGroup");
  }
}
