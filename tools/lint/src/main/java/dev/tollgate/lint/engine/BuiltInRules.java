package dev.tollgate.lint.engine;

import dev.tollgate.lint.api.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * THE registry of policy rules: one explicit list, one line per rule, sorted by id. Adding a rule
 * means adding its line here; {@code RuleCatalogTest} fails for a rule class that is missing.
 */
public final class BuiltInRules {
  private BuiltInRules() {}

  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    // one self-contained line per rule, e.g.
    // rules.add(new dev.tollgate.lint.rules.k8s.LatestImageTagRule());
    rules.add(new dev.tollgate.lint.rules.argo.AnalysisRunConflictRule());
    rules.add(new dev.tollgate.lint.rules.argo.IndefiniteAnalysisRule());
    rules.add(new dev.tollgate.lint.rules.argo.InvalidCanaryStepRule());
    rules.add(new dev.tollgate.lint.rules.argo.InvalidConditionRule());
    rules.add(new dev.tollgate.lint.rules.argo.InvalidDryRunRule());
    rules.add(new dev.tollgate.lint.rules.argo.InvalidMetricRule());
    rules.add(new dev.tollgate.lint.rules.argo.InvalidQueryRule());
    rules.add(new dev.tollgate.lint.rules.argo.InvalidRolloutSpecRule());
    rules.add(new dev.tollgate.lint.rules.argo.MetricWithoutConditionRule());
    rules.add(new dev.tollgate.lint.rules.argo.MissingAnalysisArgRule());
    rules.add(new dev.tollgate.lint.rules.argo.MissingAnalysisTemplateRule());
    rules.add(new dev.tollgate.lint.rules.argo.MissingRolloutResourceRule());
    rules.add(new dev.tollgate.lint.rules.argo.ServiceSelectorMismatchRule());
    rules.add(new dev.tollgate.lint.rules.argo.UndeclaredArgRule());
    rules.add(new dev.tollgate.lint.rules.argocd.AppsetMissingKeyErrorRule());
    rules.add(new dev.tollgate.lint.rules.argocd.ChartVersionRangeRule());
    rules.add(new dev.tollgate.lint.rules.argocd.CreateNamespaceConflictRule());
    rules.add(new dev.tollgate.lint.rules.argocd.DestinationNameAndServerRule());
    rules.add(new dev.tollgate.lint.rules.argocd.MissingPathRule());
    rules.add(new dev.tollgate.lint.rules.argocd.MissingProjectRule());
    rules.add(new dev.tollgate.lint.rules.argocd.ProjectDeniesDestinationRule());
    rules.add(new dev.tollgate.lint.rules.argocd.ProjectDeniesSourceRule());
    rules.add(new dev.tollgate.lint.rules.gha.MissingPermissionsRule());
    rules.add(new dev.tollgate.lint.rules.gha.PullRequestTargetCheckoutRule());
    rules.add(new dev.tollgate.lint.rules.gha.UnpinnedActionRule());
    rules.add(new dev.tollgate.lint.rules.grafana.DuplicateUidRule());
    rules.add(new dev.tollgate.lint.rules.grafana.InvalidQueryRule());
    rules.add(new dev.tollgate.lint.rules.grafana.UnknownMetricRule());
    rules.add(new dev.tollgate.lint.rules.k8s.DanglingHpaRule());
    rules.add(new dev.tollgate.lint.rules.k8s.DanglingIngressRule());
    rules.add(new dev.tollgate.lint.rules.k8s.DanglingServiceRule());
    rules.add(new dev.tollgate.lint.rules.k8s.DanglingServiceMonitorRule());
    rules.add(new dev.tollgate.lint.rules.k8s.DeprecatedServiceAccountFieldRule());
    rules.add(new dev.tollgate.lint.rules.k8s.DockerSockRule());
    rules.add(new dev.tollgate.lint.rules.k8s.DropNetRawCapabilityRule());
    rules.add(new dev.tollgate.lint.rules.k8s.DuplicateEnvVarRule());
    rules.add(new dev.tollgate.lint.rules.k8s.EnvVarSecretRule());
    rules.add(new dev.tollgate.lint.rules.k8s.HostIpcRule());
    rules.add(new dev.tollgate.lint.rules.k8s.HostNetworkRule());
    rules.add(new dev.tollgate.lint.rules.k8s.HostPidRule());
    rules.add(new dev.tollgate.lint.rules.k8s.HpaTargetReplicasRule());
    rules.add(new dev.tollgate.lint.rules.k8s.InvalidTargetPortsRule());
    rules.add(new dev.tollgate.lint.rules.k8s.JobTtlSecondsAfterFinishedRule());
    rules.add(new dev.tollgate.lint.rules.k8s.LatestImageTagRule());
    rules.add(new dev.tollgate.lint.rules.k8s.LivenessPortRule());
    rules.add(new dev.tollgate.lint.rules.k8s.MismatchingSelectorRule());
    rules.add(new dev.tollgate.lint.rules.k8s.NoAntiAffinityRule());
    rules.add(new dev.tollgate.lint.rules.k8s.NoExtensionsV1betaRule());
    rules.add(new dev.tollgate.lint.rules.k8s.NoReadOnlyRootFsRule());
    rules.add(new dev.tollgate.lint.rules.k8s.NonExistentServiceAccountRule());
    rules.add(new dev.tollgate.lint.rules.k8s.NonStringMetadataValueRule());
    rules.add(new dev.tollgate.lint.rules.k8s.PdbMaxUnavailableRule());
    rules.add(new dev.tollgate.lint.rules.k8s.PdbMinAvailableRule());
    rules.add(new dev.tollgate.lint.rules.k8s.PdbUnhealthyPodEvictionPolicyRule());
    rules.add(new dev.tollgate.lint.rules.k8s.PrivilegeEscalationContainerRule());
    rules.add(new dev.tollgate.lint.rules.k8s.PrivilegedContainerRule());
    rules.add(new dev.tollgate.lint.rules.k8s.ReadinessPortRule());
    rules.add(new dev.tollgate.lint.rules.k8s.RunAsNonRootRule());
    rules.add(new dev.tollgate.lint.rules.k8s.SensitiveHostMountsRule());
    rules.add(new dev.tollgate.lint.rules.k8s.SshPortRule());
    rules.add(new dev.tollgate.lint.rules.k8s.StartupPortRule());
    rules.add(new dev.tollgate.lint.rules.k8s.UnsafeSysctlsRule());
    rules.add(new dev.tollgate.lint.rules.k8s.UnsetCpuRequirementsRule());
    rules.add(new dev.tollgate.lint.rules.k8s.UnsetMemoryRequirementsRule());
    return List.copyOf(rules);
  }
}
