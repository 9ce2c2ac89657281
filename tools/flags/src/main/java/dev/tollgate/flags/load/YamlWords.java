package dev.tollgate.flags.load;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.core.yaml.YNode.YSeq;
import java.util.Locale;
import java.util.Set;

/**
 * Warns about unquoted YAML 1.1 booleans ({@code on}, {@code off}, {@code yes}, {@code no}, {@code
 * y}, {@code n}): YAML 1.2 readers (Flipt's CUE step, this tool) keep them as text, YAML 1.1
 * readers (PyYAML, older tooling that rewrites the files) turn them into true/false.
 */
final class YamlWords {
  static final String RULE = "flag-yaml11-word";
  private static final Set<String> WORDS = Set.of("on", "off", "yes", "no", "y", "n");

  private YamlWords() {}

  static void check(YScalar scalar, String what, Findings findings) {
    if (scalar.plain() && WORDS.contains(scalar.text().toLowerCase(Locale.ROOT))) {
      findings.warning(
          scalar.position(),
          RULE,
          what + " " + scalar.text() + " is unquoted; YAML 1.1 tools read it as a boolean",
          "Quote it: \"" + scalar.text() + "\".");
    }
  }

  static void checkTree(YNode node, Findings findings) {
    if (node instanceof YScalar s) {
      check(s, "attachment value", findings);
    } else if (node instanceof YSeq seq) {
      seq.items().forEach(i -> checkTree(i, findings));
    } else if (node instanceof YMap map) {
      map.entries().values().forEach(e -> checkTree(e.value(), findings));
    }
  }
}
