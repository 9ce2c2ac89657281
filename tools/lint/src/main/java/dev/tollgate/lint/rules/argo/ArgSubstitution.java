package dev.tollgate.lint.rules.argo;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.rules.Nodes;
import dev.tollgate.lint.rules.Substitution;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** Argo's {@code {{args.x}}} tags filled with each arg's default value, else a placeholder. */
final class ArgSubstitution {
  private ArgSubstitution() {}

  static Substitution of(String source, List<YMap> args) {
    Map<String, String> values = new HashMap<>();
    for (YMap arg : args) {
      arg.text("value").ifPresent(v -> values.put(arg.text("name").orElse(""), v));
    }
    return Substitution.of(
        source,
        Templates.ANY_TAG,
        tag -> {
          Matcher arg = Templates.ARG_TAG.matcher(tag);
          return arg.matches() ? values.get(arg.group(1)) : null;
        });
  }

  /** Declared args of a template: its own {@code spec.args}. */
  static List<YMap> declared(YMap templateRoot) {
    return Nodes.maps(templateRoot, "spec", "args");
  }
}
