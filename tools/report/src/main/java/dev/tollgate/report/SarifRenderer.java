package dev.tollgate.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Position;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF 2.1.0 with real {@code region.startLine/startColumn}, so GitHub code scanning shows each
 * alert on the diff line it belongs to. Relative paths are given against {@code %SRCROOT%}.
 */
final class SarifRenderer implements Format.Renderer {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  @Override
  public void render(Report report, Writer out) throws IOException {
    ObjectNode root = JsonRenderer.MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    String[] nameAndVersion = report.tool().split(" ", 2);
    driver.put("name", nameAndVersion[0]);
    if (nameAndVersion.length > 1) {
      driver.put("version", nameAndVersion[1]);
    }
    driver.put(
        "informationUri", "https://github.com/tollgate-dev/tollgate/blob/main/docs/rules.md");

    Map<String, Report.RuleDescriptor> rules = new LinkedHashMap<>();
    report.rules().forEach(r -> rules.put(r.id(), r));
    // ids reported without a descriptor (they should not exist) still get a rule entry
    report
        .diagnostics()
        .forEach(
            d ->
                rules.putIfAbsent(
                    d.ruleId(),
                    new Report.RuleDescriptor(
                        d.ruleId(), d.ruleId(), d.hint(), d.severity().label())));
    Map<String, Integer> ruleIndex = new HashMap<>();
    ArrayNode ruleArray = driver.putArray("rules");
    for (Report.RuleDescriptor rule : rules.values()) {
      ruleIndex.put(rule.id(), ruleArray.size());
      ObjectNode node = ruleArray.addObject();
      node.put("id", rule.id());
      node.putObject("shortDescription").put("text", rule.summary());
      node.putObject("help").put("text", rule.remediation());
      node.putObject("defaultConfiguration").put("level", level(rule.severity()));
    }

    run.putObject("originalUriBaseIds").putObject("%SRCROOT%").put("uri", "./");
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : report.diagnostics()) {
      ObjectNode result = results.addObject();
      result.put("ruleId", d.ruleId());
      result.put("ruleIndex", ruleIndex.get(d.ruleId()));
      result.put("level", level(d.severity().label()));
      String text = d.hint().isEmpty() ? d.message() : d.message() + "\nhint: " + d.hint();
      result.putObject("message").put("text", text);
      ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
      Position position = d.position();
      ObjectNode artifact = physical.putObject("artifactLocation");
      if (Path.of(position.path()).isAbsolute()) {
        artifact.put("uri", Path.of(position.path()).toUri().toString());
      } else {
        artifact.put("uri", relativeUri(position.path()));
        artifact.put("uriBaseId", "%SRCROOT%");
      }
      if (position.line() > 0) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", position.line());
        if (position.column() > 0) {
          region.put("startColumn", position.column());
        }
      }
    }
    JsonRenderer.MAPPER.writeValue(new NonClosingWriter(out), root);
    out.write("\n");
  }

  static String level(String severity) {
    return switch (severity) {
      case "error" -> "error";
      case "warning" -> "warning";
      default -> "note";
    };
  }

  private static String relativeUri(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }
}
