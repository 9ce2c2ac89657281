package dev.tollgate.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --crd} turns "no schema" into real checks for a custom resource. */
class CrdOptionTest {
  @TempDir Path dir;
  @TempDir Path crds;

  private static final String CRD =
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata: {name: widgets.example.com}
      spec:
        group: example.com
        names: {kind: Widget, plural: widgets}
        scope: Namespaced
        versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  apiVersion: {type: string}
                  kind: {type: string}
                  metadata: {type: object}
                  spec:
                    type: object
                    required: [size]
                    properties:
                      size: {type: integer, maximum: 10}
                      port: {x-kubernetes-int-or-string: true}
      """;

  private static final String WIDGET =
      """
      apiVersion: example.com/v1
      kind: Widget
      metadata: {name: w}
      spec:
        size: 12
        port: http
        colour: blue
      """;

  @Test
  void withoutTheCrdTheObjectOnlyGetsAWarning() throws IOException {
    Files.writeString(dir.resolve("widget.yaml"), WIDGET);
    CheckRun run = CheckRun.of("check", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("widget.yaml:2:7: warning: no schema for example.com/v1 Widget");
  }

  @Test
  void withTheCrdUnknownFieldsAndRangesAreErrors() throws IOException {
    Files.writeString(dir.resolve("widget.yaml"), WIDGET);
    Files.writeString(crds.resolve("widget-crd.yaml"), CRD);
    CheckRun run = CheckRun.of("check", dir.toString(), "--crd", crds.toString());
    assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
    assertThat(run.out().lines().filter(l -> l.startsWith("widget.yaml:")).toList())
        .containsExactly(
            "widget.yaml:5:9: error: spec.size: must have a maximum value of 10 [schema-value]",
            "widget.yaml:7:3: error: unknown field \"colour\" in spec [schema-unknown-field]");
  }
}
