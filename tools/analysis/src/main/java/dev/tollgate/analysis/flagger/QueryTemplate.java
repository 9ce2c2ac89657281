package dev.tollgate.analysis.flagger;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a MetricTemplate query the way Flagger's {@code observers.RenderQuery} does with Go's
 * text/template: {@code {{ namespace }}}, {@code {{ name }}}, {@code {{ target }}}, {@code {{
 * service }}}, {@code {{ ingress }}}, {@code {{ interval }}} and {@code {{ variables.key }}}, with
 * <code>{{-</code> / <code>-}}</code> trimming. Other template actions are reported, not guessed
 * at.
 */
public final class QueryTemplate {
  private static final Pattern ACTION =
      Pattern.compile("\\{\\{(-\\s)?\\s*(.*?)\\s*(\\s-)?}}", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)?");

  private QueryTemplate() {}

  /** The model of {@code toMetricModel}: names of the canary and the metric's interval. */
  public record Model(
      String name,
      String namespace,
      String target,
      String service,
      String ingress,
      String interval,
      Map<String, String> variables) {}

  /**
   * Renders {@code template} with the values of {@code model}.
   *
   * @throws IllegalArgumentException with a Go-like message when the template cannot render
   */
  public static String render(String template, Model model) {
    StringBuilder out = new StringBuilder();
    Matcher m = ACTION.matcher(template);
    int last = 0;
    while (m.find()) {
      String text = template.substring(last, m.start());
      out.append(m.group(1) != null ? text.stripTrailing() : text);
      out.append(value(m.group(2), model));
      last = m.end();
      if (m.group(3) != null) {
        while (last < template.length() && Character.isWhitespace(template.charAt(last))) {
          last++;
        }
      }
    }
    String rest = template.substring(last);
    if (rest.contains("{{")) {
      throw new IllegalArgumentException("template: tmpl: unclosed action");
    }
    return out.append(rest).toString();
  }

  private static String value(String action, Model model) {
    if (!NAME.matcher(action).matches()) {
      throw new IllegalArgumentException(
          "template action \"{{ " + action + " }}\" is not supported by the simulator");
    }
    if (action.startsWith("variables.")) {
      String key = action.substring("variables.".length());
      String v = model.variables().get(key);
      if (v == null) {
        throw new IllegalArgumentException(
            "template: tmpl: executing \"tmpl\": map has no entry for key \"" + key + "\"");
      }
      return v;
    }
    return switch (action) {
      case "name" -> model.name();
      case "namespace" -> model.namespace();
      case "target" -> model.target();
      case "service" -> model.service();
      case "ingress" -> model.ingress();
      case "interval" -> model.interval();
      default ->
          throw new IllegalArgumentException(
              "template: tmpl:1: function \"" + action + "\" not defined");
    };
  }
}
