package dev.tollgate.lint.rules.grafana;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a repository promises, read from {@code docs/metrics.md}: every markdown table
 * row whose first cell is a name in backticks; a row typed histogram also provides {@code _bucket},
 * {@code _sum} and {@code _count}, a summary {@code _sum} and {@code _count}.
 */
final class MetricCatalog {
  private MetricCatalog() {}

  static final String PATH = "docs/metrics.md";

  private static final Pattern ROW =
      Pattern.compile("^\\s*\\|\\s*`([a-zA-Z_:][a-zA-Z0-9_:]*)`\\s*\\|\\s*([^|]*)\\|");

  /** Series Prometheus itself creates for every target or alert. */
  private static final Set<String> BUILT_IN =
      Set.of(
          "up",
          "scrape_duration_seconds",
          "scrape_samples_scraped",
          "scrape_samples_post_metric_relabeling",
          "scrape_series_added",
          "ALERTS",
          "ALERTS_FOR_STATE");

  /**
   * The names, or empty when there is no catalog. It is looked up in the checked folder and then
   * its parents up to the repository root (the folder holding {@code .git}), so checking a
   * sub-folder still finds the repository's catalog.
   */
  static Optional<Set<String>> load(Path root) {
    Path file = find(root.toAbsolutePath().normalize());
    if (file == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(Files.readAllLines(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Path find(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path file = dir.resolve(PATH);
      if (Files.isRegularFile(file)) {
        return file;
      }
      if (Files.exists(dir.resolve(".git"))) {
        return null;
      }
    }
    return null;
  }

  static Set<String> parse(List<String> lines) {
    Set<String> names = new HashSet<>(BUILT_IN);
    for (String line : lines) {
      Matcher m = ROW.matcher(line);
      if (!m.find()) {
        continue;
      }
      String name = m.group(1);
      String type = m.group(2).trim().toLowerCase(Locale.ROOT);
      names.add(name);
      if (type.startsWith("histogram")) {
        names.add(name + "_bucket");
      }
      if (type.startsWith("histogram") || type.startsWith("summary")) {
        names.add(name + "_sum");
        names.add(name + "_count");
      }
    }
    return names;
  }
}
