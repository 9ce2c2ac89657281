package dev.tollgate.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every successCondition/failureCondition in the Argo Rollouts v1.9.1 examples under
 * shared/conformance compiles and reads only names Argo defines.
 */
class UpstreamExamplesTest {
  private static final Pattern CONDITION =
      Pattern.compile("^\\s*(?:successCondition|failureCondition):\\s*(.+?)\\s*$");

  @Test
  void upstreamConditionsCompileAndUseOnlyArgoNames() throws IOException, ExprException {
    Path examples =
        Path.of(System.getProperty("tollgate.root", "."))
            .resolve("../shared/conformance/argo-rollouts/examples")
            .normalize();
    assumeTrue(Files.isDirectory(examples), "upstream examples not found at " + examples);
    List<String> conditions = new ArrayList<>();
    try (Stream<Path> files = Files.list(examples)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        for (String line : Files.readAllLines(file)) {
          Matcher m = CONDITION.matcher(line);
          if (m.matches()) {
            conditions.add(unquote(m.group(1)));
          }
        }
      }
    }
    assertThat(conditions).hasSizeGreaterThanOrEqualTo(4);
    for (String condition : conditions) {
      assertThat(ArgoConditions.NAMES)
          .as(condition)
          .containsAll(Expr.compile(condition).freeVariables());
    }
  }

  private static String unquote(String text) {
    if (text.length() >= 2
        && ((text.startsWith("\"") && text.endsWith("\""))
            || (text.startsWith("'") && text.endsWith("'") && !text.substring(1).contains("'")))) {
      return text.substring(1, text.length() - 1);
    }
    return text;
  }
}
