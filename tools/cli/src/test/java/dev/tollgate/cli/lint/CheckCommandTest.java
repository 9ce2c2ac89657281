package dev.tollgate.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "done when" cases of {@code tollgate check}: exit codes and exact positions. */
class CheckCommandTest {
  @TempDir Path dir;

  static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 1
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers:
              - name: app
                image: ghcr.io/example/web:1.4.2
                resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 128Mi}}
                securityContext:
                  runAsNonRoot: true
                  runAsUser: 10001
                  runAsGroup: 10001
                  readOnlyRootFilesystem: true
                  allowPrivilegeEscalation: false
                  capabilities: {drop: [ALL]}
      """;

  static final String ROLLOUT =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Rollout
      metadata:
        name: web
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers:
              - name: app
                image: ghcr.io/example/web:1.4.2
                resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 128Mi}}
                securityContext:
                  runAsNonRoot: true
                  runAsUser: 10001
                  runAsGroup: 10001
                  readOnlyRootFilesystem: true
                  allowPrivilegeEscalation: false
                  capabilities: {drop: [ALL]}
        strategy:
          canary:
            steps:
              - setWeight: 150
              - pause: {duration: 1m}
      """;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private static String line(CheckRun run, String ruleId) {
    return run.out().lines().filter(l -> l.endsWith("[" + ruleId + "]")).findFirst().orElse("");
  }

  @Test
  void cleanTreeExitsZeroWithASummary() throws IOException {
    write("deploy.yaml", DEPLOYMENT);
    CheckRun run = CheckRun.of("check", dir.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out()).contains("tollgate check: 1 file, 1 object: 0 errors, 0 warnings in ");
  }

  @Test
  void rolloutWithSetWeightOverOneHundredFailsAtTheValue() throws IOException {
    write("rollout.yaml", ROLLOUT);
    CheckRun run = CheckRun.of("check", dir.toString());
    assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
    assertThat(line(run, "argo-invalid-canary-step")).startsWith("rollout.yaml:24:22: error: ");
  }

  @Test
  void misspelledDeploymentFieldFailsAtTheKey() throws IOException {
    write("deploy.yaml", DEPLOYMENT.replace("  replicas: 1", "  replcas: 3"));
    CheckRun run = CheckRun.of("check", dir.toString());
    assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
    assertThat(line(run, "schema-unknown-field"))
        .isEqualTo(
            "deploy.yaml:6:3: error: unknown field \"replcas\" in spec (DeploymentSpec); did you"
                + " mean \"replicas\"? [schema-unknown-field]");
  }

  @Test
  void unpinnedLatestImageFailsAtTheImage() throws IOException {
    write("deploy.yaml", DEPLOYMENT.replace("ghcr.io/example/web:1.4.2", "app:latest"));
    CheckRun run = CheckRun.of("check", dir.toString());
    assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
    assertThat(line(run, "k8s-latest-image-tag")).startsWith("deploy.yaml:13:18: error: ");
  }

  @Test
  void sarifOutputCarriesTheRegionOfEachFinding() throws IOException {
    write("deploy.yaml", DEPLOYMENT.replace("  replicas: 1", "  replcas: 3"));
    Path sarif = dir.resolve("out/report.sarif");
    Files.createDirectories(sarif.getParent());
    CheckRun run =
        CheckRun.of("check", dir.toString(), "--format", "sarif", "--output", sarif.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode result =
        new ObjectMapper().readTree(sarif.toFile()).path("runs").get(0).path("results").get(0);
    assertThat(result.path("ruleId").asText()).isEqualTo("schema-unknown-field");
    JsonNode region = result.path("locations").get(0).path("physicalLocation").path("region");
    assertThat(region.path("startLine").asInt()).isEqualTo(6);
    assertThat(region.path("startColumn").asInt()).isEqualTo(3);
    assertThat(run.out()).startsWith("tollgate check: 1 file, 1 object: 1 error");
  }

  @Test
  void githubFormatPrintsWorkflowCommands() throws IOException {
    write("deploy.yaml", DEPLOYMENT.replace("  replicas: 1", "  replcas: 3"));
    CheckRun run = CheckRun.of("check", dir.toString(), "--format", "github");
    assertThat(run.out())
        .contains(
            "::error file=deploy.yaml,line=6,col=3,title=schema-unknown-field::unknown field");
  }

  @Test
  void unknownFormatIsAUsageError() {
    CheckRun run = CheckRun.of("check", dir.toString(), "--format", "xml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown format \"xml\"");
  }

  @Test
  void ignoreAnnotationWithAReasonSuppressesAndCounts() throws IOException {
    String ignored =
        DEPLOYMENT
            .replace("ghcr.io/example/web:1.4.2", "app:latest")
            .replace(
                "  name: web\n",
                """
                  name: web
                  annotations:
                    tollgate.dev/ignore: k8s-latest-image-tag
                    tollgate.dev/ignore-reason: upstream chart pins by digest at deploy
                """);
    write("deploy.yaml", ignored);
    CheckRun run = CheckRun.of("check", dir.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out()).contains("1 suppressed");
  }

  @Test
  void ignoreAnnotationWithoutAReasonIsAnError() throws IOException {
    String ignored =
        DEPLOYMENT
            .replace("ghcr.io/example/web:1.4.2", "app:latest")
            .replace(
                "  name: web\n",
                "  name: web\n  annotations:\n    tollgate.dev/ignore: k8s-latest-image-tag,k8s-latest-tag\n");
    write("deploy.yaml", ignored);
    CheckRun run = CheckRun.of("check", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(line(run, "lint-ignore-reason")).startsWith("deploy.yaml:6:26: error: ");
    assertThat(line(run, "lint-ignore-unknown-rule"))
        .contains("did you mean \"k8s-latest-image-tag\"");
    assertThat(line(run, "k8s-latest-image-tag")).startsWith("deploy.yaml:15:18: error: ");
  }

  @Test
  void configCanTurnARuleIntoAWarning() throws IOException {
    write("deploy.yaml", DEPLOYMENT.replace("ghcr.io/example/web:1.4.2", "app:latest"));
    write(".tollgate.yaml", "rules:\n  k8s-latest-image-tag: warning\n");
    CheckRun run = CheckRun.of("check", dir.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(line(run, "k8s-latest-image-tag")).startsWith("deploy.yaml:13:18: warning: ");
  }

  @Test
  void unknownRuleInTheConfigIsAPositionedUsageError() throws IOException {
    write("deploy.yaml", DEPLOYMENT);
    write(".tollgate.yaml", "exclude: [vendor]\nrules:\n  k8s-latest-tag: off\n");
    CheckRun run = CheckRun.of("check", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            ".tollgate.yaml:3:3: error: unknown rule \"k8s-latest-tag\"; did you mean"
                + " \"k8s-latest-image-tag\"? [config-invalid]");
  }

  @Test
  void excludedFilesAreNotRead() throws IOException {
    write("deploy.yaml", DEPLOYMENT);
    write("vendor/chart/broken.yaml", "a: [");
    write(".tollgate.yaml", "exclude: [vendor]\n");
    assertThat(CheckRun.of("check", dir.toString()).exitCode()).isZero();
  }

  @Test
  void stepSummaryAppendsAMarkdownTable() throws IOException {
    write("deploy.yaml", DEPLOYMENT.replace("  replicas: 1", "  replcas: 3"));
    Path summary = Files.writeString(dir.resolve("summary.md"), "earlier step\n");
    CheckRun run =
        CheckRun.of(
            "check", dir.toString(), "--format", "github", "--step-summary", summary.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(Files.readString(summary))
        .startsWith("earlier step\n### tollgate check\n")
        .contains("| `deploy.yaml:6:3` | error | `schema-unknown-field` | unknown field");
  }

  @Test
  void configCanTurnARuleOffAndTheMissingSchemaWarningToo() throws IOException {
    write("deploy.yaml", DEPLOYMENT.replace("ghcr.io/example/web:1.4.2", "app:latest"));
    write("widget.yaml", "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n");
    write(".tollgate.yaml", "rules:\n  k8s-latest-image-tag: off\nmissingSchema: off\n");
    CheckRun run = CheckRun.of("check", dir.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out()).isEqualTo(run.out().lines().reduce((a, b) -> b).orElse("") + "\n");
    assertThat(run.out()).startsWith("tollgate check: 2 files, 2 objects: 0 errors, 0 warnings");
  }

  @Test
  void junitFormatListsEveryCheckedFile() throws IOException {
    write("deploy.yaml", DEPLOYMENT);
    write("bad.yaml", DEPLOYMENT.replace("  replicas: 1", "  replcas: 3"));
    CheckRun run = CheckRun.of("check", dir.toString(), "--format", "junit");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("<testcase classname=\"tollgate.check\" name=\"deploy.yaml\"></testcase>")
        .contains("<failure type=\"schema-unknown-field\" message=\"bad.yaml:6:3: unknown field");
  }
}
