package dev.tollgate.promql.promqltest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.promql.Compat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Our own engine test scripts: one dynamic test per eval, named {@code file.test:line expr}. */
class PromqlScriptTest {

  private static Path resources() {
    return Path.of(System.getProperty("tollgate.root", "../.."))
        .resolve("tools/promql/src/test/resources/promqltest");
  }

  @TestFactory
  Stream<DynamicTest> prometheus3Scripts() throws Exception {
    return scripts(resources().resolve("v3"), Compat.V3);
  }

  @TestFactory
  Stream<DynamicTest> prometheus242Scripts() throws Exception {
    return scripts(resources().resolve("v2"), Compat.V2);
  }

  static Stream<DynamicTest> scripts(Path dir, Compat compat) throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : list(dir)) {
      Script script = ScriptParser.parse(file.toString(), Files.readString(file));
      for (EvalResult r : new ScriptRunner(compat).run(script)) {
        tests.add(
            DynamicTest.dynamicTest(
                r.name(),
                () -> {
                  Assumptions.assumeTrue(
                      r.status() != EvalResult.Status.SKIPPED, "skipped: " + r.detail());
                  assertThat(r.status()).as(r.detail()).isEqualTo(EvalResult.Status.PASSED);
                }));
      }
    }
    return tests.stream();
  }

  static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".test")).sorted().toList();
    }
  }
}
