package dev.tollgate.lint.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {
  @Test
  void nameWithoutSlashMatchesAtAnyDepthWithEverythingBelow() {
    Glob vendor = new Glob("vendor");
    assertThat(vendor.matches("vendor")).isTrue();
    assertThat(vendor.matches("apps/vendor/chart.yaml")).isTrue();
    assertThat(vendor.matches("apps/vendored/chart.yaml")).isFalse();
  }

  @Test
  void singleStarStaysInOneSegmentDoubleStarCrossesThem() {
    assertThat(
            new Glob("tools/*/src/test/resources").matches("tools/lint/src/test/resources/a.yaml"))
        .isTrue();
    assertThat(new Glob("tools/*/resources").matches("tools/lint/src/resources")).isFalse();
    assertThat(new Glob("**/*.json").matches("apps/a/dash.json")).isTrue();
    assertThat(new Glob("**/*.json").matches("dash.json")).isTrue();
    assertThat(new Glob("apps/**/patch-?.yaml").matches("apps/x/y/patch-1.yaml")).isTrue();
  }

  @Test
  void leadingSlashAnchorsAtTheRoot() {
    assertThat(new Glob("/secret.yaml").matches("secret.yaml")).isTrue();
    assertThat(new Glob("/secret.yaml").matches("apps/secret.yaml")).isFalse();
  }

  @Test
  void regexCharactersAreLiteral() {
    assertThat(new Glob("a+b.yaml").matches("a+b.yaml")).isTrue();
    assertThat(new Glob("a+b.yaml").matches("aab.yaml")).isFalse();
  }
}
