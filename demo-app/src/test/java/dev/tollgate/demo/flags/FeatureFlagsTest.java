package dev.tollgate.demo.flags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openfeature.sdk.Client;
import dev.tollgate.demo.FlagsTestConfiguration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app reads flags from the provider's snapshot; the OpenFeature client it also offers must
 * answer the same and count the same {@code feature_flag_evaluations} series.
 */
@SpringBootTest(classes = FlagsTestConfiguration.class)
@DirtiesContext
class FeatureFlagsTest {
  private static final List<String> VARIANT_FLAGS =
      List.of("new-pricing", "recommendation-algorithm");
  private static final List<String> BOOLEAN_FLAGS =
      List.of("pricing-kill-switch", "one-click-checkout", "slow-responses");

  @Autowired FeatureFlags flags;
  @Autowired Client client;
  @Autowired MeterRegistry registry;

  @DynamicPropertySource
  static void fixture(DynamicPropertyRegistry registry) {
    FlagsTestConfiguration.useFixtureFlags(registry);
  }

  @Test
  void snapshotReadsAnswerAndCountAsTheOpenFeatureClient() {
    List<FlagSubject> subjects = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      subjects.add(new FlagSubject("user-" + i, i % 3 == 0 ? Map.of("plan", "beta") : Map.of()));
    }
    List<String> viaSnapshot = new ArrayList<>();
    for (FlagSubject subject : subjects) {
      VARIANT_FLAGS.forEach(f -> viaSnapshot.add(f + "=" + flags.variant(f, subject, "fallback")));
      BOOLEAN_FLAGS.forEach(f -> viaSnapshot.add(f + "=" + flags.isEnabled(f, subject, false)));
    }
    Map<String, Double> snapshotCounts = counts();
    List<String> viaClient = new ArrayList<>();
    for (FlagSubject subject : subjects) {
      VARIANT_FLAGS.forEach(
          f -> viaClient.add(f + "=" + client.getStringValue(f, "fallback", subject.toContext())));
      BOOLEAN_FLAGS.forEach(
          f -> viaClient.add(f + "=" + client.getBooleanValue(f, false, subject.toContext())));
    }
    assertThat(viaSnapshot).containsExactlyElementsOf(viaClient);
    Map<String, Double> clientCounts = new TreeMap<>();
    counts().forEach((k, n) -> clientCounts.put(k, n - snapshotCounts.getOrDefault(k, 0.0)));
    clientCounts.values().removeIf(n -> n == 0);
    assertThat(clientCounts).isEqualTo(snapshotCounts);
    assertThat(snapshotCounts.keySet())
        .anyMatch(k -> k.startsWith("new-pricing/treatment/"))
        .anyMatch(k -> k.startsWith("new-pricing/control/"));
    assertThat(snapshotCounts.values().stream().mapToDouble(Double::doubleValue).sum())
        .isEqualTo(200.0 * (VARIANT_FLAGS.size() + BOOLEAN_FLAGS.size()));
  }

  private Map<String, Double> counts() {
    Map<String, Double> counts = new TreeMap<>();
    for (Counter c : registry.find("feature_flag_evaluations").counters()) {
      String series =
          c.getId().getTag("flag")
              + "/"
              + c.getId().getTag("variant")
              + "/"
              + c.getId().getTag("reason");
      counts.put(series, c.count());
    }
    return counts;
  }
}
