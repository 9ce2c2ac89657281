package dev.tollgate.lint.config;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.core.Severity;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code .tollgate.yaml}. Every mistake (unknown key, unknown rule id, bad value) is an
 * {@link InputException} at the offending key or value, so a typo never silently turns a rule off.
 */
public final class ConfigLoader {
  private static final Set<String> KEYS =
      Set.of(
          "include",
          "exclude",
          "rules",
          "kubernetesVersion",
          "today",
          "maxFileBytes",
          "missingSchema",
          "crds",
          // read by tools/flags (FlagPolicy.fromConfig), which validates it
          "flags");

  private final Collection<String> knownIds;

  /** {@code knownIds} are the catalog's ids, which {@code rules:} may name. */
  public ConfigLoader(Collection<String> knownIds) {
    this.knownIds = knownIds;
  }

  /** The config at {@code root/.tollgate.yaml}, or the defaults when there is none. */
  public LintConfig loadFrom(Path root) {
    Path file = root.resolve(LintConfig.FILE_NAME);
    return Files.isRegularFile(file) ? load(file, LintConfig.FILE_NAME) : LintConfig.defaults();
  }

  public LintConfig load(Path file, String displayPath) {
    List<YNode> documents = YTrees.documents(new YamlLoader().load(file, displayPath));
    if (documents.isEmpty()) {
      return LintConfig.defaults();
    }
    if (!(documents.get(0) instanceof YMap map) || documents.size() > 1) {
      throw error(documents.get(0).position(), "the config must be one YAML mapping");
    }
    LintConfig defaults = LintConfig.defaults();
    for (YNode.Entry entry : map.entries().values()) {
      if (!KEYS.contains(entry.key())) {
        throw error(
            entry.keyPosition(),
            "unknown key \"" + entry.key() + "\"; known keys: " + String.join(", ", sorted(KEYS)));
      }
    }
    Map<String, Severity> severities = new HashMap<>();
    Set<String> disabled = new HashSet<>();
    map.map("rules").ifPresent(rules -> readRules(rules, severities, disabled));
    if (map.has("rules") && map.map("rules").isEmpty() && !isNull(map.child("rules"))) {
      throw error(map.child("rules").position(), "\"rules\" must map rule ids to a severity");
    }
    return new LintConfig(
        strings(map, "include"),
        strings(map, "exclude"),
        severities,
        disabled,
        scalar(map, "kubernetesVersion").orElse(defaults.kubernetesVersion()),
        scalarNode(map, "today").map(ConfigLoader::date),
        scalarNode(map, "maxFileBytes")
            .map(ConfigLoader::positiveLong)
            .orElse(defaults.maxFileBytes()),
        scalarNode(map, "missingSchema")
            .map(ConfigLoader::severityOrOff)
            .orElse(defaults.missingSchema()),
        strings(map, "crds"));
  }

  private void readRules(YMap rules, Map<String, Severity> severities, Set<String> disabled) {
    for (YNode.Entry entry : rules.entries().values()) {
      if (!knownIds.contains(entry.key())) {
        throw error(
            entry.keyPosition(),
            "unknown rule \"" + entry.key() + "\"" + Suggestions.didYouMean(entry.key(), knownIds));
      }
      Optional<Severity> severity =
          entry.value() instanceof YScalar s ? severityOrOff(s) : Optional.empty();
      if (severity.isEmpty()) {
        disabled.add(entry.key());
      } else {
        severities.put(entry.key(), severity.get());
      }
    }
  }

  private static Optional<Severity> severityOrOff(YNode node) {
    String text = node instanceof YScalar s ? s.text().toLowerCase(Locale.ROOT) : "";
    return switch (text) {
      case "off", "false" -> Optional.empty();
      case "error", "warning", "info" -> Optional.of(Severity.parse(text));
      default ->
          throw error(
              node.position(), "expected error, warning, info or off, got \"" + text + "\"");
    };
  }

  private static LocalDate date(YScalar node) {
    try {
      return LocalDate.parse(node.text());
    } catch (DateTimeParseException e) {
      throw error(node.position(), "\"today\" must be a date like 2026-01-31, got " + node.text());
    }
  }

  private static long positiveLong(YScalar node) {
    try {
      long value = Long.parseLong(node.text().replace("_", ""));
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(node.position(), "expected a positive number of bytes, got " + node.text());
  }

  private static List<String> strings(YMap map, String key) {
    YNode node = map.child(key);
    if (node == null || isNull(node)) {
      return List.of();
    }
    if (node instanceof YScalar s) {
      return List.of(s.text());
    }
    List<String> out = new ArrayList<>();
    for (YNode item : map.items(key)) {
      if (!(item instanceof YScalar s)) {
        throw error(item.position(), "\"" + key + "\" must be a list of strings");
      }
      out.add(s.text());
    }
    if (!(node instanceof YNode.YSeq)) {
      throw error(node.position(), "\"" + key + "\" must be a list of strings");
    }
    return out;
  }

  private static Optional<String> scalar(YMap map, String key) {
    return scalarNode(map, key).map(YScalar::text);
  }

  private static Optional<YScalar> scalarNode(YMap map, String key) {
    YNode node = map.child(key);
    if (node == null || isNull(node)) {
      return Optional.empty();
    }
    if (node instanceof YScalar s) {
      return Optional.of(s);
    }
    throw error(node.position(), "\"" + key + "\" must be a single value");
  }

  private static boolean isNull(YNode node) {
    return node instanceof YScalar s && s.isNull();
  }

  private static List<String> sorted(Collection<String> values) {
    return values.stream().sorted().toList();
  }

  static InputException error(Position position, String message) {
    return new InputException(
        Diagnostic.error(
            position,
            "config-invalid",
            message,
            "Fix .tollgate.yaml; see docs/rules.md for rule ids."));
  }
}
