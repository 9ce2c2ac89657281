package dev.tollgate.lint.rules.k8s;

import static dev.tollgate.core.Severity.ERROR;

import dev.tollgate.core.yaml.ScalarType;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.ObjectRule;
import dev.tollgate.lint.api.RuleInfo;
import dev.tollgate.lint.api.Workspace;
import java.util.List;
import java.util.Set;

/**
 * Argo CD common mistake #11: an unquoted number or boolean as a label or annotation value (e.g.
 * {@code argocd.argoproj.io/sync-wave: 1}) fails with "cannot unmarshal number into ... of type
 * string". Checks the object's metadata and its pod template's.
 */
@RuleInfo(
    id = "k8s-non-string-metadata-value",
    severity = ERROR,
    appliesTo = {"*"},
    summary = "Label and annotation values must be YAML strings.",
    remediation = "Quote the value, e.g. \"1\" or \"true\".")
public final class NonStringMetadataValueRule extends ObjectRule {

  private static final List<List<String>> METADATA_PATHS =
      List.of(
          List.of("metadata"),
          List.of("spec", "template", "metadata"),
          List.of("spec", "jobTemplate", "spec", "template", "metadata"));

  @Override
  protected Set<String> kinds() {
    return Set.of();
  }

  @Override
  protected void check(KubeObject object, Workspace workspace, Findings findings) {
    for (List<String> path : METADATA_PATHS) {
      for (String field : new String[] {"labels", "annotations"}) {
        String[] full = path.toArray(new String[0]);
        object
            .root()
            .map(full)
            .flatMap(m -> m.map(field))
            .ifPresent(map -> checkValues(object, map, field, findings));
      }
    }
  }

  private static void checkValues(KubeObject object, YMap map, String field, Findings findings) {
    map.entries()
        .forEach(
            (key, entry) -> {
              YNode value = entry.value();
              // null (`key:`) unmarshals to "" in Kubernetes, so only numbers, booleans and
              // collections are wrong
              if (!(value instanceof YScalar s)
                  || (s.type() != ScalarType.STRING && s.type() != ScalarType.NULL)) {
                String shown = value instanceof YScalar s2 ? s2.text() : "a " + kindOf(value);
                findings.report(
                    object,
                    value,
                    String.format(
                        "%s value of \"%s\" is %s, not a string",
                        field.substring(0, field.length() - 1),
                        key,
                        value instanceof YScalar ? "\"" + shown + "\"" : shown));
              }
            });
  }

  private static String kindOf(YNode node) {
    return node instanceof YNode.YMap ? "mapping" : "sequence";
  }
}
