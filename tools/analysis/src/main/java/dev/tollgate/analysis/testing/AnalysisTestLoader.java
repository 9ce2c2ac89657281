package dev.tollgate.analysis.testing;

import dev.tollgate.analysis.AnalysisPhase;
import dev.tollgate.analysis.YamlFields;
import dev.tollgate.analysis.template.MetricNameRule;
import dev.tollgate.analysis.template.TemplateCatalog;
import dev.tollgate.analysis.template.TemplateLoader;
import dev.tollgate.analysis.template.TemplateRef;
import dev.tollgate.analysis.testing.AnalysisTestFile.AnalysisSection;
import dev.tollgate.analysis.testing.AnalysisTestFile.Expectation;
import dev.tollgate.analysis.testing.AnalysisTestFile.InputSeries;
import dev.tollgate.analysis.testing.AnalysisTestFile.MetricExpectation;
import dev.tollgate.analysis.testing.AnalysisTestFile.RolloutExpectation;
import dev.tollgate.analysis.testing.AnalysisTestFile.RolloutSection;
import dev.tollgate.analysis.testing.AnalysisTestFile.TestCase;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import dev.tollgate.promql.PromDuration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads analysis test files strictly: unknown keys and wrong shapes are positioned errors. */
public final class AnalysisTestLoader {
  static final YamlFields FIELDS = new YamlFields("analysis-test-file");
  private static final long DEFAULT_INTERVAL_MILLIS = 60_000;

  private AnalysisTestLoader() {}

  /**
   * Loads and checks one analysis test file.
   *
   * @param file the test file
   * @param displayPath how to print it
   */
  public static AnalysisTestFile load(Path file, String displayPath) {
    List<YNode> documents = YTrees.documents(new YamlLoader().load(file, displayPath));
    if (documents.size() != 1) {
      throw FIELDS.error(
          Position.ofFile(displayPath),
          documents.isEmpty() ? "the test file is empty" : "the test file has several documents",
          "Write one YAML document with templates: and tests:.");
    }
    YMap root = FIELDS.map(documents.get(0), "the test file");
    FIELDS.allowOnly(root, Set.of("templates", "tests"), "the test file");
    Path dir = file.toAbsolutePath().getParent();
    TemplateCatalog catalog = new TemplateCatalog();
    for (YNode item : FIELDS.list(root, "templates")) {
      String relative = scalar(item, "a template path");
      for (String match : expandGlob(dir, relative, item)) {
        catalog.addAll(
            TemplateLoader.load(dir.resolve(match).normalize(), displayOf(displayPath, match)));
      }
    }
    List<TestCase> tests = new ArrayList<>();
    for (YNode item : FIELDS.list(root, "tests")) {
      tests.add(testCase(FIELDS.map(item, "a test"), dir, displayPath, catalog));
    }
    if (tests.isEmpty()) {
      throw FIELDS.error(root.position(), "the file has no tests", "Add a tests: list.");
    }
    return new AnalysisTestFile(displayPath, catalog, tests);
  }

  /**
   * The paths a {@code templates:} entry names: itself, or for a glob in its file name ({@code
   * ../analysis/*.yaml}, as promtool allows in {@code rule_files}) every match, sorted.
   */
  private static List<String> expandGlob(Path dir, String relative, YNode at) {
    Path target;
    try {
      target = dir.resolve(relative).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw FIELDS.error(
          at.position(),
          "template path \"" + relative + "\" is not a valid path: " + e.getReason(),
          "Paths are relative to the test file's folder.");
    }
    String name = target.getFileName() == null ? "" : target.getFileName().toString();
    if (!name.contains("*") && !name.contains("?") && !name.contains("[")) {
      if (!Files.isRegularFile(target)) {
        throw FIELDS.error(
            at.position(),
            "template file \"" + relative + "\" does not exist (looked at " + target + ")",
            "Paths are relative to the test file's folder.");
      }
      return List.of(relative);
    }
    PathMatcher matcher;
    try {
      matcher = target.getFileSystem().getPathMatcher("glob:" + name);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw FIELDS.error(
          at.position(),
          "template pattern \"" + relative + "\" is not a valid glob: " + e.getDescription(),
          "Close every '[' of a glob class, or name the file without wildcards.");
    }
    Path parent = target.getParent();
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(parent)) {
      String prefix = relative.substring(0, relative.length() - name.length());
      files
          .filter(Files::isRegularFile)
          .filter(p -> matcher.matches(p.getFileName()))
          .map(p -> prefix + p.getFileName())
          .sorted()
          .forEach(out::add);
    } catch (IOException e) {
      out.clear();
    }
    if (out.isEmpty()) {
      throw FIELDS.error(
          at.position(),
          "template pattern \"" + relative + "\" matches no file (looked in " + parent + ")",
          "Paths are relative to the test file's folder.");
    }
    return out;
  }

  /** A referenced file's printed path: beside the test file's printed path. */
  static String displayOf(String testDisplayPath, String relative) {
    Path parent = Path.of(testDisplayPath).getParent();
    return (parent == null ? Path.of(relative) : parent.resolve(relative)).normalize().toString();
  }

  private static TestCase testCase(
      YMap test, Path dir, String displayPath, TemplateCatalog catalog) {
    FIELDS.allowOnly(
        test,
        Set.of("name", "interval", "input_series", "args", "analysis", "expect", "rollout"),
        "a test");
    String name = FIELDS.requiredString(test, "name", "test");
    long interval = test.has("interval") ? duration(test, "interval") : DEFAULT_INTERVAL_MILLIS;
    if (interval <= 0) {
      throw FIELDS.error(
          FIELDS.positionOf(test, "interval"), "interval must be positive", "Write e.g. 1m.");
    }
    List<InputSeries> series = new ArrayList<>();
    for (YNode item : FIELDS.list(test, "input_series")) {
      YMap entry = FIELDS.map(item, "an input_series entry");
      FIELDS.allowOnly(entry, Set.of("series", "values"), "an input_series entry");
      series.add(
          new InputSeries(
              FIELDS.requiredString(entry, "series", "input_series entry"),
              FIELDS.positionOf(entry, "series"),
              FIELDS.requiredString(entry, "values", "input_series entry"),
              FIELDS.positionOf(entry, "values")));
    }
    Map<String, String> args = new LinkedHashMap<>();
    if (test.child("args") != null) {
      YMap argMap = FIELDS.map(test.child("args"), "args");
      argMap
          .entries()
          .forEach((key, entry) -> args.put(key, scalar(entry.value(), "an arg value")));
    }
    AnalysisSection analysis = null;
    if (test.child("analysis") != null) {
      analysis = analysis(FIELDS.map(test.child("analysis"), "analysis"), test, catalog);
    } else if (test.child("expect") != null) {
      throw FIELDS.error(
          test.keyPosition("expect"),
          "expect: needs an analysis: section saying which templates form the run",
          "Add analysis: {templates: [name], start: 0m}.");
    }
    RolloutSection rollout = null;
    if (test.child("rollout") != null) {
      rollout = rollout(FIELDS.map(test.child("rollout"), "rollout"), dir, displayPath);
    }
    if (analysis == null && rollout == null) {
      throw FIELDS.error(
          test.position(),
          "test \"" + name + "\" has neither analysis: nor rollout:",
          "Add an analysis: section with expect:, or a rollout: section.");
    }
    return new TestCase(name, test.position(), interval, series, args, analysis, rollout);
  }

  private static AnalysisSection analysis(YMap section, YMap test, TemplateCatalog catalog) {
    FIELDS.allowOnly(section, Set.of("templates", "start", "dryRun"), "analysis");
    List<TemplateRef> refs = new ArrayList<>();
    for (YNode item : FIELDS.list(section, "templates")) {
      TemplateRef ref = catalog.refByName(scalar(item, "a template name"), item.position());
      catalog.resolve(ref);
      refs.add(ref);
    }
    if (refs.isEmpty()) {
      throw FIELDS.error(
          section.position(),
          "analysis: names no templates",
          "List the templates that form the run: templates: [error-rate].");
    }
    long start = section.has("start") ? duration(section, "start") : 0;
    List<MetricNameRule> dryRun = TemplateLoader.nameRules(FIELDS.list(section, "dryRun"), false);
    Expectation expect = new Expectation(null, null, null, Map.of());
    if (test.child("expect") != null) {
      expect = expectation(FIELDS.map(test.child("expect"), "expect"));
    }
    return new AnalysisSection(refs, start, dryRun, expect, section.position());
  }

  private static Expectation expectation(YMap expect) {
    FIELDS.allowOnly(expect, Set.of("phase", "at", "message", "metrics"), "expect");
    AnalysisPhase phase = phase(expect, "phase");
    Long at = expect.has("at") ? duration(expect, "at") : null;
    Map<String, MetricExpectation> metrics = new LinkedHashMap<>();
    if (expect.child("metrics") != null) {
      YMap map = FIELDS.map(expect.child("metrics"), "expect.metrics");
      map.entries()
          .forEach(
              (name, entry) -> {
                YMap metric = FIELDS.map(entry.value(), "expect.metrics." + name);
                FIELDS.allowOnly(
                    metric, Set.of("phase", "measurements", "values"), "a metric expectation");
                List<AnalysisPhase> measurements = null;
                if (metric.has("measurements")) {
                  measurements = new ArrayList<>();
                  for (YNode item : FIELDS.list(metric, "measurements")) {
                    measurements.add(phaseOf(item));
                  }
                }
                List<String> values = null;
                if (metric.has("values")) {
                  values = new ArrayList<>();
                  for (YNode item : FIELDS.list(metric, "values")) {
                    values.add(scalar(item, "a value"));
                  }
                }
                metrics.put(
                    name,
                    new MetricExpectation(
                        name, phase(metric, "phase"), measurements, values, entry.keyPosition()));
              });
    }
    return new Expectation(phase, at, FIELDS.string(expect, "message"), metrics);
  }

  private static RolloutSection rollout(YMap section, Path dir, String displayPath) {
    FIELDS.allowOnly(section, Set.of("file", "autoPromote", "expect"), "rollout");
    String relative = FIELDS.requiredString(section, "file", "rollout");
    Path file = dir.resolve(relative).normalize();
    if (!Files.isRegularFile(file)) {
      throw FIELDS.error(
          FIELDS.positionOf(section, "file"),
          "rollout file \"" + relative + "\" does not exist (looked at " + file + ")",
          "Paths are relative to the test file's folder.");
    }
    RolloutExpectation expect = new RolloutExpectation(null, null, null, null);
    if (section.child("expect") != null) {
      YMap e = FIELDS.map(section.child("expect"), "rollout.expect");
      FIELDS.allowOnly(e, Set.of("result", "at", "step", "message"), "rollout.expect");
      String result = FIELDS.string(e, "result");
      if (result != null && !Set.of("Promoted", "Aborted", "Paused").contains(result)) {
        throw FIELDS.error(
            FIELDS.positionOf(e, "result"),
            "unknown rollout result \"" + result + "\"",
            "Write Promoted, Aborted or Paused.");
      }
      String step = FIELDS.string(e, "step");
      Integer stepIndex = null;
      if (step != null) {
        try {
          stepIndex = Integer.parseInt(step);
        } catch (NumberFormatException ex) {
          throw FIELDS.error(
              FIELDS.positionOf(e, "step"), "step must be a step index", "Write e.g. step: 3.");
        }
      }
      expect =
          new RolloutExpectation(
              result,
              e.has("at") ? duration(e, "at") : null,
              stepIndex,
              FIELDS.string(e, "message"));
    }
    return new RolloutSection(
        file,
        displayOf(displayPath, relative),
        FIELDS.bool(section, "autoPromote", false),
        expect,
        section.position());
  }

  private static AnalysisPhase phase(YMap map, String key) {
    YNode node = map.child(key);
    return node == null ? null : phaseOf(node);
  }

  private static AnalysisPhase phaseOf(YNode node) {
    String text = scalar(node, "a phase");
    AnalysisPhase phase = AnalysisPhase.parse(text);
    if (phase == null || (phase == AnalysisPhase.PENDING && !text.equals("Pending"))) {
      throw FIELDS.error(
          node.position(),
          "unknown phase \"" + text + "\"",
          "Write Successful, Failed, Error, Inconclusive, Running or Pending.");
    }
    return phase;
  }

  private static long duration(YMap map, String key) {
    String text = FIELDS.requiredString(map, key, key);
    try {
      return PromDuration.parseMillis(text);
    } catch (IllegalArgumentException e) {
      throw FIELDS.error(
          FIELDS.positionOf(map, key),
          key + ": " + e.getMessage(),
          "Write a Prometheus duration such as 30s, 5m or 1h30m.");
    }
  }

  private static String scalar(YNode node, String what) {
    if (node instanceof YScalar s && !s.isNull()) {
      return s.text();
    }
    throw FIELDS.error(node.position(), what + " must be a single value", "Write a plain value.");
  }
}
