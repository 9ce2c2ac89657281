package dev.tollgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Position;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepSummaryTest {
  private static Report report(List<Diagnostic> diagnostics) {
    return new Report(
        "tollgate 0.1.0",
        diagnostics,
        List.of("a.yaml"),
        List.of(),
        new Report.Summary(1, 1, 1, diagnostics.size(), 0, 0, 12));
  }

  @Test
  void tablesEveryFindingWithEscapedPipes() throws Exception {
    StringWriter out = new StringWriter();
    StepSummary.render(
        report(
            List.of(
                Diagnostic.error(
                    new Position("a.yaml", 3, 5), "schema-type", "expected a|b, got c", ""))),
        out);
    assertThat(out.toString())
        .isEqualTo(
            """
            ### tollgate check

            1 file, 1 object: 1 error, 0 warnings in 12 ms

            | location | severity | rule | message |
            |---|---|---|---|
            | `a.yaml:3:5` | error | `schema-type` | expected a\\|b, got c |
            """);
  }

  @Test
  void capsTheTableAndSaysHowManyAreLeftOut() throws Exception {
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 1; i <= StepSummary.MAX_ROWS + 5; i++) {
      many.add(Diagnostic.error(new Position("a.yaml", i, 1), "schema-type", "bad", ""));
    }
    StringWriter out = new StringWriter();
    StepSummary.render(report(many), out);
    assertThat(out.toString().lines().filter(l -> l.startsWith("| `a.yaml:"))).hasSize(1000);
    assertThat(out.toString()).endsWith("\n5 more; see the job log.\n");
  }
}
