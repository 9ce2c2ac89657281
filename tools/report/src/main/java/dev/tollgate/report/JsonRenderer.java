package dev.tollgate.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.core.Diagnostic;
import java.io.IOException;
import java.io.Writer;

/** One JSON object: {@code summary} and {@code diagnostics} with 1-based line and column. */
final class JsonRenderer implements Format.Renderer {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void render(Report report, Writer out) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("tool", report.tool());
    Report.Summary s = report.summary();
    ObjectNode summary = root.putObject("summary");
    summary.put("files", s.files());
    summary.put("documents", s.documents());
    summary.put("objects", s.objects());
    summary.put("errors", s.errors());
    summary.put("warnings", s.warnings());
    summary.put("suppressed", s.suppressed());
    summary.put("millis", s.millis());
    ArrayNode diagnostics = root.putArray("diagnostics");
    for (Diagnostic d : report.diagnostics()) {
      ObjectNode item = diagnostics.addObject();
      item.put("path", d.position().path());
      item.put("line", d.position().line());
      item.put("column", d.position().column());
      item.put("severity", d.severity().label());
      item.put("ruleId", d.ruleId());
      item.put("message", d.message());
      item.put("hint", d.hint());
    }
    MAPPER.writeValue(new NonClosingWriter(out), root);
    out.write("\n");
  }
}
