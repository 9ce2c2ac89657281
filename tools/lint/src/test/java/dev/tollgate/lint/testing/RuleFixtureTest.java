package dev.tollgate.lint.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Severity;
import dev.tollgate.lint.api.Rule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.config.LintConfig;
import dev.tollgate.lint.engine.Policy;
import dev.tollgate.lint.engine.RuleCatalog;
import dev.tollgate.lint.engine.RuleRunner;
import dev.tollgate.lint.testing.FixtureExpectations.Expectation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fixture harness every rule test extends (style.md §8):
 *
 * <pre>{@code
 * class LatestImageTagRuleTest extends RuleFixtureTest {
 *   LatestImageTagRuleTest() { super(LatestImageTagRule.class); }
 * }
 * }</pre>
 *
 * It reads {@code rules/<id>/valid.yaml} (the rule must report nothing) and {@code invalid.yaml}
 * (the rule must report exactly what the {@code # expect:} markers say) from the test classpath,
 * and runs the rule through the real engine, so ignore annotations behave as in a real run.
 */
public abstract class RuleFixtureTest {
  private final Rule rule;
  private final RuleInfo info;

  protected RuleFixtureTest(Class<? extends Rule> ruleClass) {
    this.rule = instantiate(ruleClass);
    this.info = rule.info();
  }

  /** The date lifecycle rules see; override for date-dependent fixtures. */
  protected LocalDate today() {
    return LocalDate.now(ZoneId.systemDefault());
  }

  /** The target Kubernetes version the fixtures are judged against. */
  protected String kubernetesVersion() {
    return LintConfig.defaults().kubernetesVersion();
  }

  @Test
  void validFixtureHasNoFindings() {
    String name = "rules/" + info.id() + "/valid.yaml";
    List<Diagnostic> findings = run(name, read(name));
    assertThat(findings)
        .as("findings of %s on %s", info.id(), name)
        .extracting(Diagnostic::render)
        .isEmpty();
  }

  @Test
  void invalidFixtureHasExactlyTheMarkedFindings() {
    String name = "rules/" + info.id() + "/invalid.yaml";
    String text = read(name);
    List<Expectation> expected = FixtureExpectations.parse(text);
    assertThat(expected).as("# expect: markers in %s", name).isNotEmpty();
    List<String> problems = problems(expected, run(name, text), info.id());
    if (!problems.isEmpty()) {
      fail(name + ":\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * What is wrong when {@code found} are the findings of rule {@code ruleId} and {@code expected}
   * the markers: missing findings, unexpected ones, markers naming another rule. Empty when they
   * agree.
   */
  static List<String> problems(List<Expectation> expected, List<Diagnostic> found, String ruleId) {
    List<Diagnostic> actual = new ArrayList<>(found);
    List<String> problems = new ArrayList<>();
    for (Expectation expectation : expected) {
      if (!expectation.ruleId().equals(ruleId)) {
        problems.add("marker names another rule: " + expectation);
        continue;
      }
      Optional<Diagnostic> match = actual.stream().filter(d -> matches(expectation, d)).findFirst();
      if (match.isPresent()) {
        actual.remove(match.get());
      } else {
        problems.add("missing finding: " + expectation);
      }
    }
    actual.forEach(d -> problems.add("unexpected finding: " + d.render()));
    return problems;
  }

  /** Runs this test's rule over {@code yaml}; for extra {@code @Test} methods. */
  protected final List<Diagnostic> run(String path, String yaml) {
    Workspace workspace;
    try {
      workspace =
          TestWorkspace.builder()
              .today(today())
              .kubernetesVersion(kubernetesVersion())
              .yaml(path, yaml)
              .build();
    } catch (InputException e) {
      throw new AssertionError("fixture does not load: " + e.diagnostic().render(), e);
    }
    return findings(rule, workspace);
  }

  /** Runs {@code rule} alone (enabled even when off by default) over {@code workspace}. */
  public static List<Diagnostic> findings(Rule rule, Workspace workspace) {
    RuleInfo info = rule.info();
    Map<String, Severity> enable = Map.of(info.id(), info.severity());
    LintConfig defaults = LintConfig.defaults();
    LintConfig config =
        new LintConfig(
            defaults.include(),
            defaults.exclude(),
            enable,
            defaults.disabled(),
            workspace.kubernetesVersion(),
            Optional.of(workspace.today()),
            defaults.maxFileBytes(),
            defaults.missingSchema(),
            defaults.crds());
    Set<String> ids = new HashSet<>(RuleCatalog.builtIn().ids());
    ids.add(info.id());
    RuleRunner runner = new RuleRunner(List.of(rule), new Policy(config, ids));
    List<Diagnostic> found = runner.run(workspace);
    if (!runner.crashes().isEmpty()) {
      // a crash is never an expected finding: fail loudly, as a real run exits 3
      throw new IllegalStateException(runner.crashes().get(0).render());
    }
    return found;
  }

  private static boolean matches(Expectation expectation, Diagnostic diagnostic) {
    return diagnostic.ruleId().equals(expectation.ruleId())
        && diagnostic.position().line() == expectation.line()
        && (expectation.column() == 0 || diagnostic.position().column() == expectation.column())
        && diagnostic.message().contains(expectation.substring());
  }

  private String read(String resource) {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError(
            "missing fixture "
                + resource
                + " (put it in tools/lint/src/test/resources/"
                + resource
                + ")");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + resource, e);
    }
  }

  private static Rule instantiate(Class<? extends Rule> ruleClass) {
    try {
      var constructor = ruleClass.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(ruleClass.getName() + " needs a no-argument constructor", e);
    }
  }
}
