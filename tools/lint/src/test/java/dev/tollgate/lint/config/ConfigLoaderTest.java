package dev.tollgate.lint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.InputException;
import dev.tollgate.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;
  private final ConfigLoader loader =
      new ConfigLoader(List.of("k8s-latest-image-tag", "schema-missing", "k8s-no-anti-affinity"));

  private LintConfig load(String yaml) throws IOException {
    Files.writeString(dir.resolve(".tollgate.yaml"), yaml);
    return loader.loadFrom(dir);
  }

  private InputException failure(String yaml) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> load(yaml));
    assertThat(thrown).isInstanceOf(InputException.class);
    return (InputException) thrown;
  }

  @Test
  void noFileMeansDefaults() {
    assertThat(loader.loadFrom(dir)).isEqualTo(LintConfig.defaults());
  }

  @Test
  void readsEverySetting() throws IOException {
    LintConfig config =
        load(
            """
            include: ["**/*.yaml"]
            exclude: [vendor, "charts/**"]
            rules:
              k8s-latest-image-tag: warning
              k8s-no-anti-affinity: off
            kubernetesVersion: "1.31"
            today: 2026-03-01
            maxFileBytes: 2048
            missingSchema: error
            crds: [crds/]
            """);
    assertThat(config.include()).containsExactly("**/*.yaml");
    assertThat(config.exclude()).containsExactly("vendor", "charts/**");
    assertThat(config.severities()).containsEntry("k8s-latest-image-tag", Severity.WARNING);
    assertThat(config.disabled()).containsExactly("k8s-no-anti-affinity");
    assertThat(config.kubernetesVersion()).isEqualTo("1.31");
    assertThat(config.today()).contains(LocalDate.of(2026, 3, 1));
    assertThat(config.maxFileBytes()).isEqualTo(2048);
    assertThat(config.yamlLimits().maxBytes()).isEqualTo(2048);
    assertThat(config.missingSchema()).isEqualTo(Optional.of(Severity.ERROR));
    assertThat(config.crds()).containsExactly("crds/");
  }

  @Test
  void missingSchemaOffTurnsTheWarningOff() throws IOException {
    assertThat(load("missingSchema: off\n").missingSchema()).isEmpty();
  }

  @Test
  void unknownKeyIsAnErrorAtTheKey() {
    InputException e = failure("exclude: [a]\nexlude: [b]\n");
    assertThat(e.diagnostic().render())
        .startsWith(
            ".tollgate.yaml:2:1: error: unknown key \"exlude\"; known keys: crds, exclude,");
  }

  @Test
  void unknownRuleSuggestsTheClosestId() {
    InputException e = failure("rules:\n  k8s-latest-image: error\n");
    assertThat(e.diagnostic().render())
        .startsWith(
            ".tollgate.yaml:2:3: error: unknown rule \"k8s-latest-image\"; did you mean"
                + " \"k8s-latest-image-tag\"? [config-invalid]");
  }

  @Test
  void badValuesArePositioned() {
    assertThat(failure("rules:\n  schema-missing: loud\n").diagnostic().position().column())
        .isEqualTo(19);
    assertThat(failure("today: yesterday\n").diagnostic().message()).contains("2026-01-31");
    assertThat(failure("maxFileBytes: -1\n").diagnostic().message()).contains("positive");
    assertThat(failure("exclude: {a: b}\n").diagnostic().message()).contains("list of strings");
    assertThatThrownBy(() -> load("- a\n- b\n")).isInstanceOf(InputException.class);
  }
}
