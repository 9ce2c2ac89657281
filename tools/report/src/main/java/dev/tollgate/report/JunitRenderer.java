package dev.tollgate.report;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI test tabs: one test case per checked file, failing with one {@code <failure>}
 * per error (warnings go to {@code system-out}, they do not fail the case).
 */
final class JunitRenderer implements Format.Renderer {
  @Override
  public void render(Report report, Writer out) throws IOException {
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    report.checkedFiles().forEach(f -> byFile.put(f, new ArrayList<>()));
    report
        .diagnostics()
        .forEach(d -> byFile.computeIfAbsent(d.position().path(), k -> new ArrayList<>()).add(d));
    long failures =
        byFile.values().stream()
            .filter(ds -> ds.stream().anyMatch(d -> d.severity() == Severity.ERROR))
            .count();
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(new NonClosingWriter(out));
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "tollgate check");
      xml.writeAttribute("tests", String.valueOf(byFile.size()));
      xml.writeAttribute("failures", String.valueOf(failures));
      xml.writeAttribute("time", seconds(report.summary().millis()));
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", report.tool());
      xml.writeAttribute("tests", String.valueOf(byFile.size()));
      xml.writeAttribute("failures", String.valueOf(failures));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("time", seconds(report.summary().millis()));
      for (Map.Entry<String, List<Diagnostic>> file : byFile.entrySet()) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "tollgate.check");
        xml.writeAttribute("name", file.getKey());
        StringBuilder warnings = new StringBuilder();
        for (Diagnostic d : file.getValue()) {
          if (d.severity() == Severity.ERROR) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", d.ruleId());
            xml.writeAttribute("message", d.position() + ": " + d.message());
            xml.writeCharacters(d.render().replace(System.lineSeparator(), "\n"));
            xml.writeEndElement();
          } else {
            warnings.append(d.render().replace(System.lineSeparator(), "\n")).append('\n');
          }
        }
        if (warnings.length() > 0) {
          xml.writeCharacters("\n      ");
          xml.writeStartElement("system-out");
          xml.writeCharacters(warnings.toString());
          xml.writeEndElement();
        }
        if (!file.getValue().isEmpty()) {
          xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML", e);
    }
  }

  private static String seconds(long millis) {
    return String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
  }
}
