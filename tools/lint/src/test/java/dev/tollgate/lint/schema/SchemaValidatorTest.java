package dev.tollgate.lint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Severity;
import dev.tollgate.lint.api.KubeObject;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.testing.TestWorkspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

  static List<Diagnostic> validate(SchemaRegistry registry, String yaml) {
    Workspace workspace = TestWorkspace.of("x.yaml", yaml);
    SchemaValidator validator = new SchemaValidator(registry, Optional.of(Severity.WARNING));
    List<Diagnostic> out = new ArrayList<>();
    for (KubeObject object : workspace.objects()) {
      out.addAll(validator.validate(object));
    }
    out.sort(null);
    return out;
  }

  static List<Diagnostic> validate(String yaml) {
    return validate(new SchemaRegistry(Map.of()), yaml);
  }

  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        labels: {app: web}
      spec:
        replicas: 2
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers:
              - name: app
                image: nginx:1.27.0
                resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {memory: 1}}
                ports: [{containerPort: 8080, name: http}]
                readinessProbe: {httpGet: {port: http, path: /}}
      """;

  @Test
  void acceptsAWellFormedDeployment() {
    assertThat(validate(DEPLOYMENT)).isEmpty();
  }

  @Test
  void reportsAMisspelledFieldAtItsKeyWithASuggestion() {
    List<Diagnostic> found = validate(DEPLOYMENT.replace("  replicas: 2", "  replics: 2"));
    assertThat(found).hasSize(1);
    Diagnostic d = found.get(0);
    assertThat(d.ruleId()).isEqualTo("schema-unknown-field");
    assertThat(d.position().line()).isEqualTo(7);
    assertThat(d.position().column()).isEqualTo(3);
    assertThat(d.message()).contains("\"replics\"").contains("did you mean \"replicas\"");
  }

  @Test
  void reportsAnUnknownFieldDeepInsideThePodTemplate() {
    List<Diagnostic> found = validate(DEPLOYMENT.replace("image: nginx", "imagee: nginx"));
    assertThat(found).extracting(Diagnostic::ruleId).containsExactly("schema-unknown-field");
    assertThat(found.get(0).position().line()).isEqualTo(14);
    assertThat(found.get(0).message()).contains("spec.template.spec.containers[0]");
  }

  @Test
  void reportsAStringWhereAnIntegerBelongsAtTheValue() {
    List<Diagnostic> found = validate(DEPLOYMENT.replace("replicas: 2", "replicas: \"2\""));
    assertThat(found).extracting(Diagnostic::ruleId).containsExactly("schema-type");
    assertThat(found.get(0).position().column()).isEqualTo(13);
    assertThat(found.get(0).message())
        .isEqualTo("spec.replicas: expected an integer, got string \"2\"");
  }

  @Test
  void reportsANumberInAStringMapSuchAsLabels() {
    List<Diagnostic> found =
        validate(DEPLOYMENT.replace("labels: {app: web}\nspec", "labels: {tier: 3}\nspec"));
    assertThat(found).extracting(Diagnostic::ruleId).containsExactly("schema-type");
    assertThat(found.get(0).hint()).isEqualTo("Quote the value: \"3\".");
  }

  @Test
  void warnsAboutYaml11BooleansInStringFields() {
    List<Diagnostic> found =
        validate(DEPLOYMENT.replace("labels: {app: web}\nspec", "labels: {enabled: yes}\nspec"));
    assertThat(found).extracting(Diagnostic::ruleId).containsExactly("yaml-ambiguous-scalar");
    assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(found.get(0).position().line()).isEqualTo(5);
  }

  @Test
  void acceptsQuotedYaml11WordsAndIntOrStringPorts() {
    String yaml =
        DEPLOYMENT.replace("labels: {app: web}\nspec", "labels: {enabled: \"yes\"}\nspec");
    assertThat(validate(yaml)).isEmpty();
  }

  @Test
  void checksRolloutFieldsAndItsPodTemplate() {
    String rollout =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata: {name: r}
        spec:
          replicas: three
          selector: {matchLabels: {app: r}}
          template:
            metadata: {labels: {app: r}}
            spec:
              containers: [{name: a, image: a:1, imagePullPolicy: Always, portz: []}]
          strategy:
            canary:
              steps:
                - setWeight: 20
                - pause: {duration: 1h}
                - pause: {duration: 30}
        """;
    List<Diagnostic> found = validate(rollout);
    assertThat(found)
        .extracting(d -> d.ruleId() + "@" + d.position().line() + ":" + d.position().column())
        .containsExactly("schema-type@5:13", "schema-unknown-field@10:67");
  }

  @Test
  void reportsAMissingRequiredFieldAtItsParent() {
    String template =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: AnalysisTemplate
        metadata: {name: t}
        spec:
          metrics:
            - name: m
              interval: 1m
        """;
    List<Diagnostic> found = validate(template);
    assertThat(found).extracting(Diagnostic::ruleId).containsExactly("schema-required");
    assertThat(found.get(0).message()).contains("\"provider\"").startsWith("spec.metrics[0]");
    assertThat(found.get(0).position().line()).isEqualTo(6);
  }

  @Test
  void warnsWhenAnObjectHasNoSchema() {
    List<Diagnostic> found =
        validate("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n");
    assertThat(found).extracting(Diagnostic::ruleId).containsExactly("schema-missing");
    assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(found.get(0).position().line()).isEqualTo(2);
  }

  @Test
  void warnsAboutYaml11WordsInCustomResourceStringFields() {
    String app =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: a}
        spec:
          project: on
          source: {repoURL: https://example.com/repo.git, targetRevision: 0777}
          destination: {server: https://kubernetes.default.svc, namespace: no}
          syncPolicy: {automated: {prune: yes}}
        """;
    assertThat(validate(app))
        .extracting(d -> d.ruleId() + "@" + d.position().line() + ":" + d.position().column())
        .containsExactly(
            "yaml-ambiguous-scalar@5:12",
            "yaml-ambiguous-scalar@6:67",
            "yaml-ambiguous-scalar@7:68",
            "schema-type@8:35");
  }
}
