package dev.tollgate.promql.promqltest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.promql.Compat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs Prometheus's own engine test scripts (read from ../shared/conformance, never copied) and
 * asserts the project's thresholds: at least 99% of the runnable v3.14.0 evals pass (native
 * histogram and experimental-feature evals are skipped with a named reason, spec §10), and every
 * v2.42.0 eval passes with compat 2.
 */
class ConformanceTest {

  private static Path corpus(String version) {
    Path root = Path.of(System.getProperty("tollgate.root", "../.."));
    Path dir = root.resolve("../shared/conformance/promql").resolve(version).normalize();
    Assumptions.assumeTrue(Files.isDirectory(dir), "conformance corpus absent: " + dir);
    return dir;
  }

  private static List<EvalResult> runAll(Path dir, Compat compat) throws Exception {
    List<EvalResult> all = new ArrayList<>();
    for (Path file : PromqlScriptTest.list(dir)) {
      Script script = ScriptParser.parse(file.toString(), Files.readString(file));
      all.addAll(new ScriptRunner(compat).run(script));
    }
    return all;
  }

  private static String failures(List<EvalResult> results) {
    return results.stream()
        .filter(r -> r.status() == EvalResult.Status.FAILED)
        .map(r -> r.name() + ": " + r.detail())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void prometheus3EngineTestsPassAtLeast99Percent() throws Exception {
    List<EvalResult> results = runAll(corpus("v3.14.0"), Compat.V3);
    ScriptRunner.Summary s = ScriptRunner.Summary.of(results);
    System.out.println("v3.14.0 conformance: " + s.line() + " " + s.skipReasons());
    assertThat(results).hasSize(2195);
    assertThat(s.passed() + s.failed()).as("runnable evals").isGreaterThan(900);
    assertThat(s.passed() * 100.0 / (s.passed() + s.failed()))
        .as("pass rate of runnable evals; failures:\n" + failures(results))
        .isGreaterThanOrEqualTo(99.0);
    assertThat(s.skipReasons().keySet())
        .allMatch(r -> r.equals("native histograms") || r.startsWith("experimental "));
  }

  @Test
  void prometheus242EngineTestsAllPassInCompat2() throws Exception {
    List<EvalResult> results = runAll(corpus("v2.42.0"), Compat.V2);
    ScriptRunner.Summary s = ScriptRunner.Summary.of(results);
    System.out.println("v2.42.0 conformance (--compat 2): " + s.line());
    assertThat(results).hasSize(566);
    assertThat(s.failed()).as(failures(results)).isZero();
    assertThat(s.skipped()).isZero();
  }

  @Test
  void prometheus242ScriptsDetectThe3xSemanticDrift() throws Exception {
    // Running the 2.42 corpus with 3.x semantics must fail somewhere (closed vs open windows),
    // otherwise the compat switch would not be doing anything.
    ScriptRunner.Summary s = ScriptRunner.Summary.of(runAll(corpus("v2.42.0"), Compat.V3));
    assertThat(s.failed()).isGreaterThan(0);
  }
}
