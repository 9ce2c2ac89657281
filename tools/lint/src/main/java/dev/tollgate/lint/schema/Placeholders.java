package dev.tollgate.lint.schema;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import java.util.regex.Pattern;

/**
 * Argo Rollouts substitutes {@code {{args.name}}} in templates before anything decodes them, and
 * upstream examples write it unquoted (e.g. {@code linkerd.io/inject: {{args.linkerd-enabled}}}),
 * which YAML reads as a mapping whose only key is a mapping. Such a node stands for a value of
 * whatever type the field needs, so schema checks accept it.
 */
final class Placeholders {
  private static final Pattern UNQUOTED_TEMPLATE = Pattern.compile("\\{[^{}=]+=null\\}");

  private Placeholders() {}

  static boolean isUnquotedTemplate(YNode node) {
    if (!(node instanceof YMap map) || map.entries().size() != 1) {
      return false;
    }
    YNode.Entry entry = map.entries().values().iterator().next();
    return UNQUOTED_TEMPLATE.matcher(entry.key()).matches()
        && entry.value() instanceof YScalar s
        && s.isNull();
  }
}
