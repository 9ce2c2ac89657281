package dev.tollgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Position;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportFormatsTest {
  private static final Diagnostic LATEST =
      Diagnostic.error(
          new Position("deploy/web.yaml", 12, 18),
          "k8s-latest-image-tag",
          "container \"app\" uses image \"nginx:latest\" with mutable tag \"latest\"",
          "Pin the image to a version tag (e.g. nginx:1.27.0) or a sha256 digest.");
  private static final Diagnostic AMBIGUOUS =
      Diagnostic.warning(
          new Position("deploy/web.yaml", 5, 14),
          "yaml-ambiguous-scalar",
          "metadata.labels.enabled: unquoted \"yes\" is a boolean to YAML 1.1 readers",
          "Quote the value: \"yes\".");
  private static final Diagnostic UNREADABLE =
      Diagnostic.error(
          Position.ofFile("big, file.yaml"), "yaml-too-large", "file is 52428800 bytes", "");

  private static Report report(List<Diagnostic> diagnostics) {
    return new Report(
        "tollgate 0.1.0",
        diagnostics,
        List.of("big, file.yaml", "clean.yaml", "deploy/web.yaml"),
        List.of(
            new Report.RuleDescriptor(
                "k8s-latest-image-tag", "Container images must be pinned.", "Pin it.", "error"),
            new Report.RuleDescriptor(
                "yaml-ambiguous-scalar", "Quote YAML 1.1 words.", "Quote it.", "warning")),
        new Report.Summary(3, 4, 3, 2, 1, 1, 85));
  }

  private static String render(Format format, List<Diagnostic> diagnostics) throws Exception {
    StringWriter out = new StringWriter();
    format.render(report(diagnostics), out);
    return out.toString();
  }

  private static final List<Diagnostic> ALL = List.of(UNREADABLE, AMBIGUOUS, LATEST);

  @Test
  void textPrintsPositionSeverityMessageIdHintAndSummary() throws Exception {
    assertThat(render(Format.TEXT, List.of(LATEST)))
        .isEqualTo(
            "deploy/web.yaml:12:18: error: container \"app\" uses image \"nginx:latest\" with mutable"
                + " tag \"latest\" [k8s-latest-image-tag]\n"
                + "  hint: Pin the image to a version tag (e.g. nginx:1.27.0) or a sha256 digest.\n"
                + "tollgate check: 3 files, 3 objects: 2 errors, 1 warning, 1 suppressed in 85 ms\n");
  }

  @Test
  void jsonCarriesEveryFieldWithOneBasedPositions() throws Exception {
    JsonNode root = new ObjectMapper().readTree(render(Format.JSON, ALL));
    assertThat(root.path("summary").path("errors").asInt()).isEqualTo(2);
    JsonNode last = root.path("diagnostics").get(2);
    assertThat(last.path("path").asText()).isEqualTo("deploy/web.yaml");
    assertThat(last.path("line").asInt()).isEqualTo(12);
    assertThat(last.path("column").asInt()).isEqualTo(18);
    assertThat(last.path("severity").asText()).isEqualTo("error");
    assertThat(last.path("ruleId").asText()).isEqualTo("k8s-latest-image-tag");
    assertThat(last.path("hint").asText()).startsWith("Pin the image");
  }

  @Test
  void sarifHasRealRegionsAndRuleIndexes() throws Exception {
    JsonNode root = new ObjectMapper().readTree(render(Format.SARIF, ALL));
    assertThat(root.path("version").asText()).isEqualTo("2.1.0");
    JsonNode run = root.path("runs").get(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");
    JsonNode results = run.path("results");
    assertThat(results).hasSize(3);
    JsonNode latest = results.get(2);
    JsonNode location = latest.path("locations").get(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("deploy/web.yaml");
    assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(location.path("region").path("startLine").asInt()).isEqualTo(12);
    assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(18);
    assertThat(latest.path("level").asText()).isEqualTo("error");
    assertThat(rules.get(latest.path("ruleIndex").asInt()).path("id").asText())
        .isEqualTo("k8s-latest-image-tag");
    assertThat(results.get(1).path("level").asText()).isEqualTo("warning");
    JsonNode fileOnly = results.get(0).path("locations").get(0).path("physicalLocation");
    assertThat(fileOnly.has("region")).isFalse();
    assertThat(fileOnly.path("artifactLocation").path("uri").asText())
        .isEqualTo("big,%20file.yaml");
    assertThat(rules.get(results.get(0).path("ruleIndex").asInt()).path("id").asText())
        .isEqualTo("yaml-too-large");
  }

  @Test
  void junitHasOneCasePerFileFailingOnErrorsOnly() throws Exception {
    String xml = render(Format.JUNIT, ALL);
    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element suites = document.getDocumentElement();
    assertThat(suites.getAttribute("tests")).isEqualTo("3");
    assertThat(suites.getAttribute("failures")).isEqualTo("2");
    assertThat(document.getElementsByTagName("testcase").getLength()).isEqualTo(3);
    Element failure = (Element) document.getElementsByTagName("failure").item(1);
    assertThat(failure.getAttribute("type")).isEqualTo("k8s-latest-image-tag");
    assertThat(failure.getAttribute("message")).startsWith("deploy/web.yaml:12:18: container");
    assertThat(document.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("[yaml-ambiguous-scalar]");
  }

  @Test
  void githubPrintsEscapedWorkflowCommands() throws Exception {
    String out = render(Format.GITHUB, ALL);
    assertThat(out.lines().toList())
        .contains(
            "::error file=big%2C file.yaml,title=yaml-too-large::file is 52428800 bytes"
                + " [yaml-too-large]",
            "::error file=deploy/web.yaml,line=12,col=18,title=k8s-latest-image-tag::container"
                + " \"app\" uses image \"nginx:latest\" with mutable tag \"latest\"%0Ahint: Pin the"
                + " image to a version tag (e.g. nginx:1.27.0) or a sha256 digest."
                + " [k8s-latest-image-tag]",
            "::warning file=deploy/web.yaml,line=5,col=14,title=yaml-ambiguous-scalar::"
                + "metadata.labels.enabled: unquoted \"yes\" is a boolean to YAML 1.1 readers%0Ahint:"
                + " Quote the value: \"yes\". [yaml-ambiguous-scalar]");
  }

  @Test
  void githubAnnotatesTenPerSeverityAndPrintsTheRestAsText() throws Exception {
    List<Diagnostic> many = new ArrayList<>();
    for (int line = 1; line <= 12; line++) {
      many.add(Diagnostic.error(new Position("a.yaml", line, 1), "schema-type", "bad " + line, ""));
    }
    List<String> lines = render(Format.GITHUB, many).lines().toList();
    assertThat(lines.stream().filter(l -> l.startsWith("::error "))).hasSize(10);
    assertThat(lines).contains("a.yaml:11:1: error: bad 11 [schema-type]");
    assertThat(lines.get(lines.size() - 1))
        .endsWith("(2 not annotated: GitHub shows 10 per severity)");
  }
}
