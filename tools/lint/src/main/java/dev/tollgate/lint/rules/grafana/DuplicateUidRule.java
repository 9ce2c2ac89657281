package dev.tollgate.lint.rules.grafana;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.Position;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.Rule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import java.util.HashMap;
import java.util.Map;

/**
 * Grafana identifies dashboards by uid: two provisioned dashboards with one uid overwrite each
 * other (whichever loads last wins), and a dashboard without one gets a new random uid on every
 * import, breaking links to it.
 */
@RuleInfo(
    id = "grafana-duplicate-uid",
    severity = ERROR,
    appliesTo = {"Grafana dashboard"},
    summary = "Every Grafana dashboard must have a uid, unique across the repository.",
    remediation = "Give the dashboard its own stable uid (at most 40 characters).")
public final class DuplicateUidRule implements Rule {

  @Override
  public void check(Workspace workspace, Findings findings) {
    Map<String, Position> first = new HashMap<>();
    for (Dashboards.Dashboard dashboard : Dashboards.of(workspace)) {
      String uid = dashboard.uid();
      if (uid.isEmpty()) {
        findings.report(
            dashboard.locate(dashboard.root()),
            String.format(
                "dashboard \"%s\" has no uid, so Grafana assigns a new one on every import",
                dashboard.root().text("title").orElse("")));
        continue;
      }
      Position at = dashboard.locate(dashboard.root().get("uid").orElseThrow());
      Position earlier = first.putIfAbsent(uid, at);
      if (earlier != null) {
        findings.report(
            at, String.format("dashboard uid \"%s\" is already used at %s", uid, earlier));
      }
    }
  }
}
