package dev.tollgate.rules.unittest;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Severity;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlFile;
import dev.tollgate.core.yaml.YamlLoader;
import dev.tollgate.promql.Compat;
import dev.tollgate.promql.EngineOptions;
import dev.tollgate.rules.RuleFileParser;
import dev.tollgate.rules.RuleGroup;
import dev.tollgate.rules.unittest.UnitTestFile.TestGroup;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs promtool rule unit-test files (spec §2): reads the file strictly, loads its rule files
 * (relative to the test file, globs allowed), runs every test group and collects promtool's failure
 * texts. Malformed input is reported with positions and flagged as an input error.
 */
public final class RuleTestRunner {

  /**
   * How to run the test files.
   *
   * @param run only test groups whose name matches (unnamed groups are {@code unnamed#N}); null
   *     runs all
   */
  public record Options(Compat compat, Pattern run) {}

  public record GroupResult(String name, List<String> errors, long millis) {}

  /**
   * The outcome of one test file.
   *
   * @param warnings texts promtool prints as {@code WARNING} (not failures)
   * @param inputError the file or one of its rule files could not be read or is malformed
   */
  public record FileResult(
      String file,
      List<String> errors,
      List<String> warnings,
      boolean inputError,
      List<GroupResult> groups,
      Coverage coverage,
      long millis) {
    public boolean passed() {
      return errors.isEmpty();
    }
  }

  private final Options options;
  private final EngineOptions engine;

  public RuleTestRunner(Options options) {
    this.options = options;
    this.engine =
        EngineOptions.defaults()
            .withCompat(options.compat())
            .withMaxSamples(10_000)
            .withTimeout(Duration.ofSeconds(100));
  }

  public FileResult runFile(Path file, String displayPath) {
    long start = System.nanoTime();
    List<String> warnings = new ArrayList<>();
    UnitTestFile test;
    try {
      YamlFile yaml = new YamlLoader().load(file, displayPath);
      List<YNode> docs = YTrees.documents(yaml);
      UnitTestFileParser.Result parsed =
          new UnitTestFileParser().parse(docs.isEmpty() ? null : docs.get(0), displayPath);
      if (parsed.file() == null) {
        return inputFailure(displayPath, render(parsed.diagnostics()), warnings, start);
      }
      test = parsed.file();
    } catch (InputException e) {
      return inputFailure(displayPath, List.of(e.diagnostic().render()), warnings, start);
    }
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < test.groupEvalOrder().size(); i++) {
      String name = test.groupEvalOrder().get(i);
      if (order.putIfAbsent(name, i) != null) {
        return inputFailure(
            displayPath,
            List.of("group name repeated in evaluation order: " + name),
            warnings,
            start);
      }
    }
    Path baseDir = file.toAbsolutePath().getParent();
    String displayBase = parentOf(displayPath);
    List<RuleGroup> groups = new ArrayList<>();
    List<String> ruleErrors = new ArrayList<>();
    for (String pattern : test.ruleFiles()) {
      List<Path> matches = glob(baseDir, pattern);
      if (matches.isEmpty()) {
        warnings.add("  WARNING: no file match pattern " + join(displayBase, pattern));
      }
      for (Path match : matches) {
        String shown = join(displayBase, baseDir.relativize(match.toAbsolutePath()).toString());
        groups.addAll(loadRules(match, shown, ruleErrors));
      }
    }
    if (!ruleErrors.isEmpty()) {
      return inputFailure(displayPath, ruleErrors, warnings, start);
    }
    // promtool sorts groups by their index in group_eval_order; unlisted groups count as 0
    List<RuleGroup> ordered = new ArrayList<>(groups);
    ordered.sort(
        (a, b) ->
            Integer.compare(order.getOrDefault(a.name(), 0), order.getOrDefault(b.name(), 0)));
    List<String> errors = new ArrayList<>();
    List<GroupResult> results = new ArrayList<>();
    boolean malformed = false;
    Coverage coverage = new Coverage(groups);
    for (TestGroup tg : test.tests()) {
      if (options.run() != null && !options.run().matcher(tg.displayName()).find()) {
        continue;
      }
      long groupStart = System.nanoTime();
      TestGroupRunner runner =
          new TestGroupRunner(engine, options.compat(), test.evaluationIntervalMillis());
      List<String> groupErrors = runner.run(tg, ordered);
      malformed |= runner.inputError;
      coverage.record(runner.testedAlerts, tg);
      errors.addAll(groupErrors);
      results.add(
          new GroupResult(
              tg.displayName(), groupErrors, (System.nanoTime() - groupStart) / 1_000_000));
    }
    return new FileResult(
        displayPath,
        errors,
        warnings,
        malformed,
        results,
        coverage,
        (System.nanoTime() - start) / 1_000_000);
  }

  private List<RuleGroup> loadRules(Path path, String shown, List<String> errors) {
    try {
      YamlFile yaml = new YamlLoader().load(path, shown);
      List<YNode> docs = YTrees.documents(yaml);
      RuleFileParser.Result parsed =
          new RuleFileParser(options.compat() == Compat.V3)
              .parse(docs.isEmpty() ? null : docs.get(0), shown);
      if (parsed.hasErrors()) {
        errors.addAll(
            render(
                parsed.diagnostics().stream()
                    .filter(d -> d.severity() == Severity.ERROR)
                    .toList()));
        return List.of();
      }
      return parsed.file().groups();
    } catch (InputException e) {
      errors.add(e.diagnostic().render());
      return List.of();
    }
  }

  private static FileResult inputFailure(
      String file, List<String> errors, List<String> warnings, long start) {
    return new FileResult(
        file, errors, warnings, true, List.of(), null, (System.nanoTime() - start) / 1_000_000);
  }

  private static List<String> render(List<Diagnostic> diagnostics) {
    return diagnostics.stream().sorted().map(Diagnostic::render).toList();
  }

  private static String parentOf(String displayPath) {
    Path parent = Path.of(displayPath).getParent();
    return parent == null ? "" : parent.toString();
  }

  private static String join(String base, String rel) {
    if (base.isEmpty() || Path.of(rel).isAbsolute()) {
      return rel;
    }
    return base + "/" + rel;
  }

  /** Go's {@code filepath.Glob} relative to the test file's directory. */
  static List<Path> glob(Path baseDir, String pattern) {
    Path full = baseDir.resolve(pattern).normalize();
    if (!pattern.matches(".*[*?\\[].*")) {
      return Files.isRegularFile(full) ? List.of(full) : List.of();
    }
    Path root = full.getRoot() == null ? baseDir : full.getRoot();
    Path fixed = root;
    for (Path part : full) {
      if (part.toString().matches(".*[*?\\[].*")) {
        break;
      }
      fixed = fixed.resolve(part);
    }
    int depth = full.getNameCount() - fixed.getNameCount();
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + full.toString());
    try (Stream<Path> walk = Files.walk(fixed, depth)) {
      return walk.filter(p -> matcher.matches(p) && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
