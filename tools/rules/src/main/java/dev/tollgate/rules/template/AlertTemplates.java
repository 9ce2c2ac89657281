package dev.tollgate.rules.template;

import dev.tollgate.rules.template.TemplateExecutor.GoStruct;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Alert label and annotation templates as Prometheus runs them (rules/alerting.go): the source is
 * prefixed with the variable prelude, named {@code __alert_<rule>}, and an execution error becomes
 * the text {@code <error expanding template: ...>} instead of failing the evaluation.
 */
public final class AlertTemplates {
  private AlertTemplates() {}

  /** Prometheus's convenience variables, prepended to every alert template. */
  public static final String PRELUDE =
      "{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}"
          + "{{$externalURL := .ExternalURL}}{{$value := .Value}}";

  /** Parses {@code text} as Prometheus would; error offsets are relative to {@code text}. */
  public static Template compile(String alertName, String text) throws TemplateException {
    try {
      return Template.parse("__alert_" + alertName, PRELUDE + text, TemplateFunctions.NAMES);
    } catch (TemplateException e) {
      throw new TemplateException(e.getMessage(), Math.max(0, e.offset() - PRELUDE.length()));
    }
  }

  /**
   * Expands a compiled template for one alert sample as promtool does; never throws. {@code
   * externalUrl} is the {@code $externalURL} text; the template functions {@code externalURL()} and
   * {@code pathPrefix()} fail as in promtool, whose rule manager has no URL object.
   */
  public static String expand(
      Template template,
      Map<String, String> labels,
      Map<String, String> externalLabels,
      String externalUrl,
      double value,
      TemplateFunctions.QueryRunner query) {
    if (template.source().indexOf("{{", PRELUDE.length()) < 0) {
      return template.source().substring(PRELUDE.length()); // plain text: nothing to run
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("Labels", labels);
    data.put("ExternalLabels", externalLabels);
    data.put("ExternalURL", externalUrl);
    data.put("Value", value);
    try {
      return TemplateExecutor.execute(
          template, new GoStruct(data), new TemplateFunctions(query, null));
    } catch (TemplateException e) {
      return "<error expanding template: error executing template "
          + template.name()
          + ": "
          + e.getMessage()
          + ">";
    } catch (RuntimeException e) {
      return "<error expanding template: " + e + ">";
    }
  }
}
