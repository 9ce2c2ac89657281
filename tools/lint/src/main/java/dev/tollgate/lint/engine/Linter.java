package dev.tollgate.lint.engine;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.Rule;
import dev.tollgate.lint.config.LintConfig;
import dev.tollgate.lint.schema.CrdSchemas;
import dev.tollgate.lint.schema.SchemaRegistry;
import dev.tollgate.lint.schema.SchemaValidator;
import dev.tollgate.lint.source.FileDiscovery;
import dev.tollgate.lint.source.SourceLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One {@code tollgate check}: discover files, parse each once, check schemas, run the rules over
 * the shared workspace, then apply the user's config and ignore annotations.
 */
public final class Linter {
  private final List<Rule> rules;
  private final RuleCatalog catalog;
  private final Clock clock;

  public Linter(List<Rule> rules, RuleCatalog catalog, Clock clock) {
    this.rules = List.copyOf(rules);
    this.catalog = catalog;
    this.clock = clock;
  }

  public static Linter builtIn() {
    return new Linter(
        BuiltInRules.all(), RuleCatalog.builtIn(), Clock.system(ZoneId.systemDefault()));
  }

  public LintResult check(Path root, List<Path> paths, LintConfig config) {
    long start = System.nanoTime();
    FileDiscovery.Result discovered =
        new FileDiscovery(root, config.include(), config.exclude()).discover(paths);
    SourceLoader.Result loaded = new SourceLoader(config.yamlLimits()).load(discovered.files());
    List<Diagnostic> inputProblems = new ArrayList<>(discovered.problems());
    inputProblems.addAll(loaded.problems());
    inputProblems.sort(null);
    long loadedAt = System.nanoTime();

    LocalDate today = config.today().orElseGet(() -> LocalDate.now(clock));
    LintWorkspace workspace =
        new LintWorkspace(root, loaded.files(), today, config.kubernetesVersion());
    Policy policy = new Policy(config, catalog.ids());
    SchemaValidator schemas =
        new SchemaValidator(
            new SchemaRegistry(
                CrdSchemas.read(config.crds().stream().map(Path::of).toList(), root)),
            policy.enabled(BuiltInChecks.MISSING_SCHEMA, true)
                ? config.missingSchema()
                : java.util.Optional.empty());

    Collection<Diagnostic> findings = new ConcurrentLinkedQueue<>();
    workspace.objects().parallelStream()
        .forEach(object -> checkObject(object, schemas, policy, findings));
    loaded.files().parallelStream()
        .forEach(
            file ->
                Integrations.ruleFile(file)
                    .forEach(d -> policy.apply(d, null).ifPresent(findings::add)));
    long schemasAt = System.nanoTime();
    RuleRunner runner = new RuleRunner(rules, policy);
    findings.addAll(runner.run(workspace));
    if (paths.stream().anyMatch(p -> root.resolve(p).normalize().equals(root.normalize()))) {
      // flags are a repository-level check: only when the whole root is checked
      Integrations.flags(root, config.today())
          .forEach(d -> policy.apply(d, null).ifPresent(findings::add));
    }
    if (System.getenv("TOLLGATE_TIMINGS") != null) {
      System.err.printf(
          "tollgate timings: load %d ms, schemas %d ms, rules %d ms%n",
          (loadedAt - start) / 1_000_000,
          (schemasAt - loadedAt) / 1_000_000,
          (System.nanoTime() - schemasAt) / 1_000_000);
    }

    List<Diagnostic> sorted = new ArrayList<>(findings);
    sorted.sort(null);
    int documents = loaded.files().stream().mapToInt(f -> f.documents().size()).sum();
    return new LintResult(
        sorted,
        inputProblems,
        runner.crashes(),
        loaded.files().stream().map(f -> f.path()).toList(),
        loaded.files().size(),
        documents,
        workspace.objects().size(),
        policy.suppressedCount(),
        (System.nanoTime() - start) / 1_000_000);
  }

  private static void checkObject(
      KubeObject object, SchemaValidator schemas, Policy policy, Collection<Diagnostic> out) {
    for (Diagnostic diagnostic : schemas.validate(object)) {
      policy.apply(diagnostic, object).ifPresent(out::add);
    }
    if (object.kind().equals("PrometheusRule") && object.group().equals("monitoring.coreos.com")) {
      for (Diagnostic diagnostic : Integrations.prometheusRule(object)) {
        policy.apply(diagnostic, object).ifPresent(out::add);
      }
    }
    for (Diagnostic diagnostic : policy.checkAnnotations(object)) {
      policy.apply(diagnostic, null).ifPresent(out::add);
    }
  }
}
