package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.RuleInfo;

/**
 * kube-linter {@code latest-tag} / Polaris {@code tagNotSpecified}: an image with tag {@code
 * latest}, or with no tag (which pulls {@code latest}), changes under a running workload. A digest
 * pins the image whatever the tag says.
 */
@RuleInfo(
    id = "k8s-latest-image-tag",
    severity = ERROR,
    appliesTo = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout"},
    summary = "Container images must be pinned to a version tag or digest, not latest or untagged.",
    remediation = "Pin the image to a version tag (e.g. nginx:1.27.0) or a sha256 digest.")
public final class LatestImageTagRule extends ContainerRule {

  @Override
  protected void checkContainer(
      KubeObject workload, YMap podSpec, YMap container, String name, Findings findings) {
    container
        .get("image")
        .ifPresent(
            node -> {
              String image = container.text("image").orElse("");
              if (image.isEmpty() || image.contains("@")) {
                return;
              }
              String tag = tagOf(image);
              if (tag == null) {
                findings.report(
                    workload,
                    node,
                    String.format(
                        "container \"%s\" uses image \"%s\" without a tag, which pulls \"latest\"",
                        name, image));
              } else if (tag.equals("latest")) {
                findings.report(
                    workload,
                    node,
                    String.format(
                        "container \"%s\" uses image \"%s\" with mutable tag \"latest\"",
                        name, image));
              }
            });
  }

  /** The tag after the last ':' that follows the last '/', so registry ports are not tags. */
  static String tagOf(String image) {
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    return colon > slash ? image.substring(colon + 1) : null;
  }
}
