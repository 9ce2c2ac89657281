package dev.tollgate.rules.unittest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.promql.Compat;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against Debian's promtool 2.42: generated series, rules and queries are run by
 * promtool and by tollgate ({@code --compat 2}); every PromQL test has no expected samples, so both
 * print what they computed (or the error), and the printed texts must be identical.
 */
class PromtoolDifferentialTest {

  private static final int FILES = 8;
  private static final int QUERIES_PER_FILE = 60;
  private static final int STEPS = 40;

  static Optional<Path> promtool() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "promtool");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static Path requirePromtool() {
    Optional<Path> promtool = promtool();
    if (promtool.isEmpty() && "1".equals(System.getenv("TOLLGATE_REQUIRE_TOOLS"))) {
      throw new AssertionError("promtool not found on PATH but TOLLGATE_REQUIRE_TOOLS=1");
    }
    Assumptions.assumeTrue(
        promtool.isPresent(),
        "promtool not on PATH (apt-get install prometheus); differential test skipped");
    return promtool.get();
  }

  @Test
  void computesTheSameResultsAsPromtool242(@TempDir Path dir) throws Exception {
    Path promtool = requirePromtool();
    long seed = Long.getLong("tollgate.diff.seed", 20260521L);
    DifferentialWorkload workload = new DifferentialWorkload(seed);
    Files.writeString(dir.resolve("rules.yml"), workload.rules());
    int compared = 0;
    int firingChecks = 0;
    List<String> mismatches = new ArrayList<>();
    List<String> orderDependent = new ArrayList<>();
    List<String> known = new ArrayList<>();
    Map<Pattern, String> knownDivergences = knownDivergences();
    for (int f = 0; f < FILES; f++) {
      Path file = dir.resolve("diff" + f + ".yml");
      Files.writeString(file, workload.testFile(QUERIES_PER_FILE, STEPS));
      Map<String, String> theirs = blocks(runPromtool(promtool, file));
      Map<String, String> ours = blocks(runTollgate(file));
      compared += QUERIES_PER_FILE;
      firingChecks +=
          (int) theirs.keySet().stream().filter(k -> k.startsWith("alertname:")).count();
      for (String key : union(theirs, ours)) {
        String a = String.valueOf(theirs.get(key));
        String b = String.valueOf(ours.get(key));
        if (a.equals(b)) {
          continue;
        }
        String line = file.getFileName() + " " + key + "\n  promtool: " + a + "\n  tollgate: " + b;
        boolean lastBitsOnly = roundFloats(a).equals(roundFloats(b));
        if (lastBitsOnly && ORDER_SENSITIVE.matcher(key).find()) {
          orderDependent.add(line);
        } else if (lastBitsOnly
            && knownDivergences.keySet().stream().anyMatch(p -> p.matcher(key).find())) {
          known.add(line);
        } else {
          mismatches.add(line);
        }
      }
    }
    System.out.printf(
        "differential: %d queries and %d alert checks with firing alerts compared; %d differ; %d differ only in the last bits of an"
            + " order-dependent float aggregation (promtool 2.42 itself varies there: its series"
            + " order comes from Go map iteration); %d differ in the last bits in a known engine"
            + " divergence (differential-known.txt) (seed %d)%n",
        compared, firingChecks, mismatches.size(), orderDependent.size(), known.size(), seed);
    known.forEach(k -> System.out.println("known divergence: " + k));
    assertThat(firingChecks).as("the workload makes alerts fire").isPositive();
    assertThat(mismatches).as("results that differ from promtool 2.42 (seed %d)", seed).isEmpty();
  }

  /**
   * Aggregations whose float result depends on the order series are added in; promtool 2.42 adds
   * them in head-series creation order, which its lazy loader takes from a Go map (random).
   */
  private static final Pattern ORDER_SENSITIVE =
      Pattern.compile("\\b(sum|avg|stddev|stdvar)\\b|\\brec_");

  private static final Pattern FLOAT = Pattern.compile("-?\\d(\\.\\d+)?E[-+]\\d+");

  /** The text with every printed float rounded to 12 significant digits. */
  static String roundFloats(String text) {
    return FLOAT
        .matcher(text)
        .replaceAll(
            m -> String.format(java.util.Locale.ROOT, "%.11e", Double.parseDouble(m.group())));
  }

  private static Map<Pattern, String> knownDivergences() throws IOException {
    Map<Pattern, String> out = new LinkedHashMap<>();
    try (var in = PromtoolDifferentialTest.class.getResourceAsStream("/differential-known.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.split("\t", 2);
          out.put(Pattern.compile(parts[0]), parts.length > 1 ? parts[1] : "");
        }
      }
    }
    return out;
  }

  private static List<String> union(Map<String, String> a, Map<String, String> b) {
    List<String> keys = new ArrayList<>(a.keySet());
    b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
    return keys;
  }

  private static String runPromtool(Path promtool, Path file)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(promtool.toString(), "test", "rules", file.getFileName().toString())
            .directory(file.getParent().toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(err, StandardCharsets.UTF_8);
  }

  private static String runTollgate(Path file) {
    RuleTestRunner runner = new RuleTestRunner(new RuleTestRunner.Options(Compat.V2, null));
    RuleTestRunner.FileResult result = runner.runFile(file, file.getFileName().toString());
    StringWriter err = new StringWriter();
    PromtoolReport.print(result, new PrintWriter(new StringWriter()), new PrintWriter(err));
    return err.toString();
  }

  /** Splits promtool's failure text into one entry per test ({@code expr: "...", time: ...}). */
  static Map<String, String> blocks(String stderr) {
    Map<String, String> out = new LinkedHashMap<>();
    String key = null;
    StringBuilder body = new StringBuilder();
    for (String line : stderr.split("\n", -1)) {
      if (line.startsWith("    ") && !line.startsWith("     ")) {
        if (key != null) {
          out.merge(key, body.toString(), (x, y) -> x + " | " + y);
        }
        int cut = line.indexOf(", err: ");
        key = cut > 0 ? line.substring(4, cut) : line.substring(4).replaceAll(",$", "");
        body = new StringBuilder(cut > 0 ? line.substring(cut + 2) : "");
      } else if (key != null && line.startsWith("        ")) {
        body.append(line.strip()).append(' ');
      }
    }
    if (key != null) {
      out.merge(key, body.toString(), (x, y) -> x + " | " + y);
    }
    return out;
  }
}
