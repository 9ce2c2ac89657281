package dev.tollgate.lint.engine;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Position;
import dev.tollgate.core.Severity;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.Rule;
import dev.tollgate.lint.api.RuleFailure;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Runs rules over a workspace, binding each rule's id, severity and hint to what it reports. */
public final class RuleRunner {
  /** With TOLLGATE_TIMINGS set, each rule's time goes to stderr: finds rules that do not scale. */
  private static final boolean TIMINGS = System.getenv("TOLLGATE_TIMINGS") != null;

  private final List<Rule> rules;
  private final Policy policy;

  public RuleRunner(List<Rule> rules, Policy policy) {
    this.rules = List.copyOf(rules);
    this.policy = policy;
  }

  private final Collection<Diagnostic> crashes = new ConcurrentLinkedQueue<>();

  /**
   * Every finding of every enabled rule, sorted by position; rules run in parallel. A rule that
   * throws does not stop the others: see {@link #crashes()}.
   */
  public List<Diagnostic> run(Workspace workspace) {
    Collection<Diagnostic> sink = new ConcurrentLinkedQueue<>();
    rules.parallelStream()
        .forEach(
            rule -> {
              RuleInfo info = rule.info();
              if (policy.enabled(info.id(), info.enabledByDefault())) {
                try {
                  long start = System.nanoTime();
                  rule.check(workspace, new BoundFindings(info, sink));
                  long millis = (System.nanoTime() - start) / 1_000_000;
                  if (TIMINGS && millis > 0) {
                    System.err.printf("tollgate timings: rule %s %d ms%n", info.id(), millis);
                  }
                } catch (RuntimeException e) {
                  crashes.add(crash(info, e));
                }
              }
            });
    List<Diagnostic> out = new ArrayList<>(sink);
    out.sort(null);
    return out;
  }

  /** One {@code internal-error} per rule that threw, at the object it threw on (exit code 3). */
  public List<Diagnostic> crashes() {
    List<Diagnostic> out = new ArrayList<>(crashes);
    out.sort(null);
    return out;
  }

  private static Diagnostic crash(RuleInfo info, RuntimeException e) {
    Throwable cause = e instanceof RuleFailure failure ? failure.getCause() : e;
    Position position =
        e instanceof RuleFailure failure ? failure.object().position() : Position.ofFile(info.id());
    return Diagnostic.error(
        position,
        BuiltInChecks.INTERNAL,
        "rule " + info.id() + " crashed: " + cause,
        "This is a bug in tollgate; please report it with this file. Disable the rule in"
            + " .tollgate.yaml meanwhile.");
  }

  private final class BoundFindings implements Findings {
    private final RuleInfo info;
    private final Severity severity;
    private final Collection<Diagnostic> sink;

    BoundFindings(RuleInfo info, Collection<Diagnostic> sink) {
      this.info = info;
      this.severity = policy.severity(info.id(), info.severity());
      this.sink = sink;
    }

    @Override
    public void report(KubeObject object, YNode node, String message) {
      Position position = node == null ? object.position() : node.position();
      policy.apply(diagnostic(position, message), object).ifPresent(sink::add);
    }

    @Override
    public void report(Position position, String message) {
      policy.apply(diagnostic(position, message), null).ifPresent(sink::add);
    }

    private Diagnostic diagnostic(Position position, String message) {
      return new Diagnostic(position, severity, message, info.id(), info.remediation());
    }
  }
}
