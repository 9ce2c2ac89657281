package dev.tollgate.lint.config;

import dev.tollgate.core.Severity;
import dev.tollgate.core.yaml.YamlLimits;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings of one run, from {@code .tollgate.yaml} at the root (all optional).
 *
 * @param include globs a file must match to be read; empty means every {@code *.yaml}, {@code
 *     *.yml} and Grafana dashboard {@code *.json}
 * @param exclude globs of files and folders to skip; exclude beats include
 * @param severities per-id severity overrides; a rule that is off by default is turned on by naming
 *     it here
 * @param disabled ids that do not run (or whose findings are dropped, for built-in checks)
 * @param kubernetesVersion the target minor, e.g. "1.31"
 * @param today the date lifecycle rules judge against; empty means the clock
 * @param maxFileBytes the largest file read
 * @param missingSchema the severity of "no schema for this object"; empty means not reported
 * @param crds CRD files or folders (relative to the root) whose schemas check custom resources
 */
public record LintConfig(
    List<String> include,
    List<String> exclude,
    Map<String, Severity> severities,
    Set<String> disabled,
    String kubernetesVersion,
    Optional<LocalDate> today,
    long maxFileBytes,
    Optional<Severity> missingSchema,
    List<String> crds) {

  public static final String FILE_NAME = ".tollgate.yaml";

  public LintConfig {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    severities = Map.copyOf(severities);
    disabled = Set.copyOf(disabled);
    crds = List.copyOf(crds);
  }

  public static LintConfig defaults() {
    return new LintConfig(
        List.of(),
        List.of(),
        Map.of(),
        Set.of(),
        "1.33",
        Optional.empty(),
        YamlLimits.DEFAULT_MAX_BYTES,
        Optional.of(Severity.WARNING),
        List.of());
  }

  public LintConfig withCrds(List<String> more) {
    List<String> all = new java.util.ArrayList<>(crds);
    all.addAll(more);
    return new LintConfig(
        include,
        exclude,
        severities,
        disabled,
        kubernetesVersion,
        today,
        maxFileBytes,
        missingSchema,
        all);
  }

  public YamlLimits yamlLimits() {
    return YamlLimits.defaults().withMaxBytes(maxFileBytes);
  }
}
