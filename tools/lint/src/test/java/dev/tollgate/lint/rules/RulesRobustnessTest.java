package dev.tollgate.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.yaml.ScalarType;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.core.yaml.YNode.YSeq;
import dev.tollgate.lint.api.Rule;
import dev.tollgate.lint.api.SourceFile;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.engine.BuiltInRules;
import dev.tollgate.lint.engine.LintWorkspace;
import dev.tollgate.lint.testing.RuleFixtureTest;
import dev.tollgate.lint.testing.TestWorkspace;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules read hand-written YAML, so any field may hold the wrong shape. No rule may throw on that
 * (the engine would turn it into an internal error, exit 3): this runs every built-in rule over the
 * rule fixtures with nodes swapped for a scalar, an empty list or an empty map.
 */
class RulesRobustnessTest {

  private static final int MUTATIONS_PER_FILE = 8;

  @Test
  void noRuleThrowsOnWronglyShapedFields() throws Exception {
    List<Rule> rules = BuiltInRules.all();
    Random random = new Random(42);
    List<String> failures = new ArrayList<>();
    int runs = 0;
    for (Path fixture : fixtures()) {
      String text = Files.readString(fixture);
      Workspace original;
      try {
        original = TestWorkspace.of(fixture.getFileName().toString(), text);
      } catch (RuntimeException e) {
        continue;
      }
      SourceFile file = original.files().get(0);
      List<YNode> nodes = new ArrayList<>();
      file.documents().forEach(d -> collect(d, nodes));
      for (int m = 0; m < MUTATIONS_PER_FILE && !nodes.isEmpty(); m++) {
        YNode target = nodes.get(random.nextInt(nodes.size()));
        YNode replacement = replacement(target, random.nextInt(3));
        List<YNode> documents = new ArrayList<>();
        file.documents().forEach(d -> documents.add(replace(d, target, replacement)));
        Workspace mutated =
            new LintWorkspace(
                Path.of("."),
                List.of(new SourceFile(file.path(), file.absolutePath(), documents)),
                LocalDate.of(2026, 1, 1),
                LintWorkspace.DEFAULT_KUBERNETES_VERSION);
        for (Rule rule : rules) {
          runs++;
          try {
            RuleFixtureTest.findings(rule, mutated);
          } catch (RuntimeException e) {
            failures.add(
                rule.info().id()
                    + " on "
                    + fixture.getParent().getFileName()
                    + "/"
                    + fixture.getFileName()
                    + " with "
                    + target.position()
                    + " replaced: "
                    + e);
          }
        }
      }
    }
    assertThat(runs).isGreaterThan(1000);
    assertThat(failures).isEmpty();
  }

  private static YNode replacement(YNode target, int kind) {
    return switch (kind) {
      case 0 -> new YScalar(target.position(), "x", ScalarType.STRING, true);
      case 1 -> new YSeq(target.position(), List.of());
      default -> new YMap(target.position(), Map.of());
    };
  }

  private static void collect(YNode node, List<YNode> out) {
    out.add(node);
    if (node instanceof YMap m) {
      m.entries().values().forEach(e -> collect(e.value(), out));
    } else if (node instanceof YSeq s) {
      s.items().forEach(i -> collect(i, out));
    }
  }

  private static YNode replace(YNode node, YNode target, YNode replacement) {
    if (node == target) {
      return replacement;
    }
    if (node instanceof YMap m) {
      Map<String, YNode.Entry> entries = new LinkedHashMap<>();
      m.entries()
          .forEach(
              (k, e) ->
                  entries.put(
                      k,
                      new YNode.Entry(
                          k, e.keyPosition(), replace(e.value(), target, replacement))));
      return new YMap(m.position(), entries);
    }
    if (node instanceof YSeq s) {
      List<YNode> items = new ArrayList<>();
      s.items().forEach(i -> items.add(replace(i, target, replacement)));
      return new YSeq(s.position(), items);
    }
    return node;
  }

  private static List<Path> fixtures() throws IOException, URISyntaxException {
    Path rules = Path.of(RulesRobustnessTest.class.getClassLoader().getResource("rules").toURI());
    try (Stream<Path> files = Files.walk(rules)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
