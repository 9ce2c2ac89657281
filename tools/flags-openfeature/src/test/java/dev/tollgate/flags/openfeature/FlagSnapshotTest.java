package dev.tollgate.flags.openfeature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.MutableContext;
import dev.openfeature.sdk.OpenFeatureAPI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evaluating on a {@link FlagSnapshot} answers and reports exactly as the OpenFeature SDK path. */
class FlagSnapshotTest {
  private static final String FLAGS =
      ProviderEvaluationTest.FLAGS.replace(
          "segments:\n",
          """
            - key: no-default
              name: No default
              enabled: true
              variants: [{key: on-variant}]
              rules:
                - segment: eu
                  distributions: [{variant: on-variant, rollout: 100}]
          segments:
          """);
  private static final List<Map<String, String>> CONTEXTS =
      List.of(Map.of(), Map.of("region", "eu", "age", "30"), Map.of("region", "eu", "age", "9"));
  private static final List<String> KEYS = List.of("user-1", "user-2", "user-3", "user-4", "");
  private static final List<String> FLAG_KEYS =
      List.of("checkout", "off-flag", "dark-mode", "no-default", "missing");

  @TempDir Path dir;

  @Test
  void answersAndMetricsEqualTheSdkPath() throws Exception {
    Files.createDirectories(dir.resolve("shop"));
    Files.writeString(dir.resolve("shop/features.yaml"), FLAGS);
    List<String> viaSdk = new ArrayList<>();
    List<String> viaSnapshot = new ArrayList<>();
    List<String> recorded = new ArrayList<>();
    TollgateFlagsProvider provider =
        TollgateFlagsProvider.fromDirectory(dir, "shop", Duration.ofHours(1))
            .withMetrics(
                (flag, variant, reason, error, nanos) ->
                    recorded.add(
                        flag + " " + variant + " " + reason + " " + error + " " + (nanos >= 0)));
    OpenFeatureAPI api = OpenFeatureAPI.getInstance();
    String domain = "snapshot-" + System.nanoTime();
    api.setProviderAndWait(domain, provider);
    try {
      Client client = api.getClient(domain);
      FlagSnapshot snapshot = provider.current();
      for (String flag : FLAG_KEYS) {
        for (String key : KEYS) {
          for (Map<String, String> context : CONTEXTS) {
            MutableContext ctx = new MutableContext(key);
            context.forEach(ctx::add);
            String sdk =
                client.getBooleanValue(flag, false, ctx)
                    + " "
                    + client.getStringValue(flag, "fallback", ctx);
            viaSdk.add(flag + " " + key + " " + context + " -> " + sdk + " " + drain(recorded));
            String direct =
                snapshot.booleanValue(flag, key, context, false)
                    + " "
                    + snapshot.stringValue(flag, key, context, "fallback");
            viaSnapshot.add(
                flag + " " + key + " " + context + " -> " + direct + " " + drain(recorded));
          }
        }
      }
    } finally {
      api.shutdown();
    }
    assertThat(viaSnapshot).containsExactlyElementsOf(viaSdk);
    // every reason and error the provider has, so the comparison is not vacuous
    String all = String.join("\n", viaSdk);
    assertThat(all)
        .contains("TARGETING_MATCH", "DEFAULT", "DISABLED", "ERROR TYPE_MISMATCH")
        .contains("ERROR FLAG_NOT_FOUND", "ERROR TARGETING_KEY_MISSING", "on-variant")
        .contains("no-default  {} -> false fallback");
  }

  @Test
  void beforeTheFirstSnapshotAnswersAreProviderNotReady() {
    List<String> recorded = new ArrayList<>();
    TollgateFlagsProvider provider =
        TollgateFlagsProvider.fromDirectory(dir, "shop")
            .withMetrics(
                (flag, variant, reason, error, nanos) -> recorded.add(reason + " " + error));
    FlagSnapshot snapshot = provider.current();
    assertThat(snapshot.booleanValue("dark-mode", "u", Map.of(), true)).isTrue();
    assertThat(snapshot.stringValue("checkout", "u", Map.of(), "d")).isEqualTo("d");
    assertThat(recorded).containsExactly("ERROR PROVIDER_NOT_READY", "ERROR PROVIDER_NOT_READY");
  }

  @Test
  void aReloadOrNewMetricsGiveANewSnapshotButRepeatedCallsShareOne() throws Exception {
    Files.createDirectories(dir.resolve("shop"));
    Files.writeString(dir.resolve("shop/features.yaml"), FLAGS);
    try (TollgateFlagsProvider provider = TollgateFlagsProvider.fromDirectory(dir, "shop")) {
      provider.start();
      FlagSnapshot first = provider.current();
      assertThat(provider.current()).isSameAs(first);
      List<String> recorded = new ArrayList<>();
      provider.withMetrics((flag, variant, reason, error, nanos) -> recorded.add(flag));
      FlagSnapshot withMetrics = provider.current();
      assertThat(withMetrics).isNotSameAs(first);
      withMetrics.booleanValue("dark-mode", "u", Map.of(), false);
      first.booleanValue("dark-mode", "u", Map.of(), false);
      assertThat(recorded).as("a snapshot keeps the metrics it was built with").hasSize(1);
    }
  }

  @Test
  void metricsThatSampleTimingGetEveryEvaluationButTimeAboutOneInN() throws Exception {
    Files.createDirectories(dir.resolve("shop"));
    Files.writeString(dir.resolve("shop/features.yaml"), FLAGS);
    long[] reported = new long[2]; // all, timed
    EvaluationMetrics sampling =
        new EvaluationMetrics() {
          @Override
          public void record(String f, String v, String r, String e, long nanos) {
            reported[0]++;
            reported[1] += nanos >= 0 ? 1 : 0;
          }

          @Override
          public int timedOneIn() {
            return 16;
          }
        };
    try (TollgateFlagsProvider provider =
        TollgateFlagsProvider.fromDirectory(dir, "shop").withMetrics(sampling)) {
      provider.start();
      FlagSnapshot snapshot = provider.current();
      for (int i = 0; i < 16_000; i++) {
        snapshot.booleanValue("dark-mode", "user-" + i, Map.of(), false);
      }
    }
    assertThat(reported[0]).isEqualTo(16_000);
    // binomial(16000, 1/16): mean 1000, sd 31
    assertThat(reported[1]).isBetween(850L, 1150L);
  }

  private static String drain(List<String> recorded) {
    String out = String.join(" | ", recorded);
    recorded.clear();
    return out;
  }
}
