package dev.tollgate.lint.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Severity;
import dev.tollgate.lint.config.LintConfig;
import dev.tollgate.lint.engine.LintResult;
import dev.tollgate.lint.engine.Linter;
import dev.tollgate.lint.engine.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The 19 upstream Argo Rollouts examples (read from ../shared/conformance, never copied) pass the
 * schema checks: with tollgate's own schemas, and with schemas read from the upstream CRDs.
 */
class ArgoRolloutsExamplesTest {
  private static final Path CONFORMANCE =
      Path.of(System.getProperty("tollgate.root", "."))
          .resolve("../shared/conformance/argo-rollouts")
          .normalize();

  @Test
  void everyExamplePassesTheShippedSchemas() throws IOException {
    LintResult result = check(LintConfig.defaults());
    assertThat(result.files()).isEqualTo(19);
    assertThat(result.objects()).isGreaterThanOrEqualTo(19);
    assertThat(errors(result)).isEmpty();
  }

  @Test
  void everyExamplePassesTheSchemasOfTheUpstreamCrds() throws IOException {
    LintResult result =
        check(LintConfig.defaults().withCrds(List.of(CONFORMANCE.resolve("crds").toString())));
    assertThat(errors(result)).isEmpty();
  }

  @Test
  void upstreamCrdsRejectWhatTheShippedSchemasReject() {
    assumeTrue(Files.isDirectory(CONFORMANCE), "no " + CONFORMANCE);
    String rollout =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata: {name: r}
        spec:
          selector: {matchLabels: {app: r}}
          template: {metadata: {labels: {app: r}}, spec: {containers: [{name: a, image: a:1}]}}
          strategy:
            canary:
              stepz: []
        """;
    for (SchemaRegistry registry :
        List.of(
            new SchemaRegistry(java.util.Map.of()),
            new SchemaRegistry(
                CrdSchemas.read(List.of(CONFORMANCE.resolve("crds")), Path.of("/"))))) {
      List<Diagnostic> found = SchemaValidatorTest.validate(registry, rollout);
      assertThat(found).extracting(Diagnostic::ruleId).containsExactly("schema-unknown-field");
      assertThat(found.get(0).position().line()).isEqualTo(9);
      assertThat(found.get(0).position().column()).isEqualTo(7);
    }
  }

  private static LintResult check(LintConfig config) throws IOException {
    Path examples = CONFORMANCE.resolve("examples");
    assumeTrue(Files.isDirectory(examples), "upstream examples absent: " + examples);
    try (Stream<Path> files = Files.list(examples)) {
      assertThat(files.count()).isEqualTo(19);
    }
    return new Linter(List.of(), RuleCatalog.builtIn(), Clock.systemUTC())
        .check(examples, List.of(Path.of(".")), config);
  }

  private static List<String> errors(LintResult result) {
    return result.all().stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .map(Diagnostic::render)
        .toList();
  }
}
