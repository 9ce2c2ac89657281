package dev.tollgate.flags.openfeature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.MutableContext;
import dev.openfeature.sdk.ProviderEvaluation;
import dev.openfeature.sdk.Value;
import dev.openfeature.sdk.exceptions.GeneralError;
import dev.tollgate.flags.eval.Crc32;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderEvaluationTest {
  static final String FLAGS =
      """
      flags:
        - key: checkout
          name: Checkout
          enabled: true
          variants:
            - {key: control, default: true, attachment: {value: 1, color: grey}}
            - {key: treatment, attachment: {value: 2.5, color: blue, sizes: [1, 2]}}
          rules:
            - segment: eu
              distributions: [{variant: treatment, rollout: 100}]
        - key: off-flag
          name: Off
          enabled: false
          variants: [{key: a, default: true}]
        - key: dark-mode
          name: Dark
          type: BOOLEAN_FLAG_TYPE
          enabled: false
          rollouts:
            - threshold: {percentage: 50, value: true}
      segments:
        - key: eu
          name: EU
          match_type: ALL_MATCH_TYPE
          constraints:
            - {type: STRING_COMPARISON_TYPE, property: region, operator: eq, value: eu}
            - {type: NUMBER_COMPARISON_TYPE, property: age, operator: gte, value: "18"}
      """;

  @TempDir Path dir;
  TollgateFlagsProvider provider;

  @BeforeEach
  void start() throws IOException {
    Files.createDirectories(dir.resolve("shop"));
    Files.writeString(dir.resolve("shop/features.yaml"), FLAGS);
    provider = TollgateFlagsProvider.fromDirectory(dir, "shop");
    provider.start();
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  private static MutableContext eu(String id) {
    return new MutableContext(id).add("region", "eu").add("age", 30);
  }

  @Test
  void stringAnswersAreVariantKeysWithTargetingMatch() {
    ProviderEvaluation<String> r = provider.getStringEvaluation("checkout", "x", eu("u1"));
    assertThat(r.getValue()).isEqualTo("treatment");
    assertThat(r.getVariant()).isEqualTo("treatment");
    assertThat(r.getReason()).isEqualTo("TARGETING_MATCH");
    assertThat(r.getFlagMetadata().getString("flipt-segments")).isEqualTo("eu");
  }

  @Test
  void integerAttributesReachNumberConstraints() {
    MutableContext young = new MutableContext("u1").add("region", "eu").add("age", 17);
    ProviderEvaluation<String> r = provider.getStringEvaluation("checkout", "x", young);
    assertThat(r.getValue()).isEqualTo("control");
    assertThat(r.getReason()).isEqualTo("DEFAULT");
  }

  @Test
  void numbersAndObjectsComeFromTheAttachment() {
    assertThat(provider.getDoubleEvaluation("checkout", 0.0, eu("u1")).getValue()).isEqualTo(2.5);
    assertThat(provider.getIntegerEvaluation("checkout", 0, new MutableContext("u1")).getValue())
        .isEqualTo(1);
    ProviderEvaluation<Integer> mismatch = provider.getIntegerEvaluation("checkout", 7, eu("u1"));
    assertThat(mismatch.getErrorCode()).isEqualTo(ErrorCode.TYPE_MISMATCH);
    assertThat(mismatch.getValue()).isEqualTo(7);
    Value object = provider.getObjectEvaluation("checkout", new Value(), eu("u1")).getValue();
    assertThat(object.asStructure().getValue("color").asString()).isEqualTo("blue");
    assertThat(object.asStructure().getValue("sizes").asList()).hasSize(2);
  }

  @Test
  void booleanFlagsBucketByEntityAndFlagKey() {
    for (int i = 0; i < 50; i++) {
      String id = "user-" + i;
      ProviderEvaluation<Boolean> r =
          provider.getBooleanEvaluation("dark-mode", false, new MutableContext(id));
      boolean on = Crc32.of(id, "dark-mode") % 100 < 50;
      assertThat(r.getValue()).isEqualTo(on);
      assertThat(r.getReason()).isEqualTo(on ? "TARGETING_MATCH" : "DEFAULT");
    }
  }

  @Test
  void disabledFlagsAnswerDisabled() {
    ProviderEvaluation<String> r = provider.getStringEvaluation("off-flag", "x", eu("u"));
    assertThat(r.getReason()).isEqualTo("DISABLED");
    assertThat(r.getValue()).isEqualTo("a");
  }

  @Test
  void errorsReturnTheDefaultWithACode() {
    assertThat(provider.getStringEvaluation("nope", "d", eu("u")).getErrorCode())
        .isEqualTo(ErrorCode.FLAG_NOT_FOUND);
    ProviderEvaluation<String> noKey =
        provider.getStringEvaluation("checkout", "d", new MutableContext());
    assertThat(noKey.getErrorCode()).isEqualTo(ErrorCode.TARGETING_KEY_MISSING);
    assertThat(noKey.getValue()).isEqualTo("d");
    assertThat(provider.getBooleanEvaluation("checkout", true, eu("u")).getErrorCode())
        .isEqualTo(ErrorCode.TYPE_MISMATCH);
    assertThat(provider.getStringEvaluation("dark-mode", "d", eu("u")).getErrorCode())
        .isEqualTo(ErrorCode.TYPE_MISMATCH);
  }

  @Test
  void aBrokenDirectoryAtStartFailsWithThePositionedError() throws IOException {
    Path broken = dir.resolve("broken");
    Files.createDirectories(broken.resolve("ns"));
    Files.writeString(broken.resolve("ns/features.yaml"), "flags:\n  - key: f\n    nam: F\n");
    TollgateFlagsProvider p = TollgateFlagsProvider.fromDirectory(broken, "ns");
    assertThatThrownBy(p::start)
        .isInstanceOf(GeneralError.class)
        .hasMessageContaining("ns/features.yaml:3:5: error: unknown field \"nam\" in flag");
    assertThat(p.isPolling()).isFalse();
    assertThat(p.getStringEvaluation("f", "d", eu("u")).getErrorCode())
        .isEqualTo(ErrorCode.PROVIDER_NOT_READY);
  }

  @Test
  void flagsExposeTheSnapshotsModel() {
    assertThat(provider.flags().orElseThrow().flag("shop", "checkout").orElseThrow().name())
        .isEqualTo("Checkout");
  }

  @Test
  void closeStopsThePoller() {
    assertThat(provider.isPolling()).isTrue();
    provider.close();
    assertThat(provider.isPolling()).isFalse();
  }
}
