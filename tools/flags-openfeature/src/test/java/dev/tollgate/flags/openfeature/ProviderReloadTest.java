package dev.tollgate.flags.openfeature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.EventDetails;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.MutableContext;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.ProviderEvaluation;
import dev.tollgate.flags.eval.Evaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderReloadTest {
  @TempDir Path dir;

  /** Two flags that always answer the same letter, so a torn snapshot would mix letters. */
  private static String flags(String letter) {
    return """
        flags:
          - key: first
            name: First
            enabled: true
            variants: [{key: %1$s}]
            rules:
              - segment: all
                distributions: [{variant: %1$s, rollout: 100}]
          - key: second
            name: Second
            enabled: true
            variants: [{key: %1$s}]
            rules:
              - segment: all
                distributions: [{variant: %1$s, rollout: 100}]
        segments:
          - {key: all, name: All, match_type: ALL_MATCH_TYPE}
        """
        .formatted(letter);
  }

  /** Writes via a temp file and an atomic move, as config management tools do. */
  private void publish(String text) throws IOException {
    Path tmp = dir.getParent().resolve(dir.getFileName() + ".tmp");
    Files.writeString(tmp, text);
    Files.move(
        tmp,
        dir.resolve("ns/features.yaml"),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void goodChangesEmitConfigurationChangedAndBrokenOnesKeepTheLastGoodSnapshot() throws Exception {
    Files.createDirectories(dir.resolve("ns"));
    publish(flags("a"));
    TollgateFlagsProvider provider =
        TollgateFlagsProvider.fromDirectory(dir, "ns", Duration.ofMillis(20));
    BlockingQueue<EventDetails> changed = new LinkedBlockingQueue<>();
    BlockingQueue<EventDetails> errors = new LinkedBlockingQueue<>();
    List<String> recorded = new CopyOnWriteArrayList<>();
    provider.withMetrics(
        (flag, variant, reason, error, nanos) ->
            recorded.add(flag + "=" + variant + "/" + reason + "/" + error + "/" + (nanos > 0)));
    OpenFeatureAPI api = OpenFeatureAPI.getInstance();
    String domain = "reload-" + System.nanoTime();
    api.setProviderAndWait(domain, provider);
    try {
      Client client = api.getClient(domain);
      client.onProviderConfigurationChanged(changed::add);
      client.onProviderError(errors::add);
      MutableContext ctx = new MutableContext("user-1");
      assertThat(client.getStringValue("first", "?", ctx)).isEqualTo("a");

      publish(flags("b"));
      EventDetails change = changed.poll(5, TimeUnit.SECONDS);
      assertThat(change).isNotNull();
      assertThat(change.getFlagsChanged()).containsExactlyInAnyOrder("first", "second");
      assertThat(client.getStringValue("first", "?", ctx)).isEqualTo("b");

      publish("flags:\n  - key: first\n    nme: broken\n");
      EventDetails error = errors.poll(5, TimeUnit.SECONDS);
      assertThat(error).isNotNull();
      assertThat(error.getMessage()).contains("ns/features.yaml:3:5: error: unknown field");
      FlagEvaluationDetails<String> details = client.getStringDetails("first", "?", ctx);
      assertThat(details.getValue()).isEqualTo("b");
      assertThat(details.getErrorCode()).isNull();

      publish(flags("c"));
      assertThat(changed.poll(5, TimeUnit.SECONDS)).isNotNull();
      assertThat(client.getStringValue("second", "?", ctx)).isEqualTo("c");
      assertThat(recorded)
          .contains(
              "first=a/TARGETING_MATCH/null/true",
              "first=b/TARGETING_MATCH/null/true",
              "second=c/TARGETING_MATCH/null/true");
    } finally {
      api.shutdown();
    }
    // the SDK shuts providers down on its own executor
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (provider.isPolling() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(provider.isPolling()).as("SDK shutdown stops the watcher thread").isFalse();
  }

  @Test
  void reloadsUnderConcurrentEvaluationNeverFailOrTear() throws Exception {
    Files.createDirectories(dir.resolve("ns"));
    publish(flags("a"));
    TollgateFlagsProvider provider =
        TollgateFlagsProvider.fromDirectory(dir, "ns", Duration.ofMillis(5));
    provider.start();
    AtomicBoolean running = new AtomicBoolean(true);
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicLong evaluations = new AtomicLong();
    List<Thread> threads = new java.util.ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int id = t;
      Thread thread =
          new Thread(
              () -> {
                MutableContext ctx = new MutableContext("user-" + id);
                while (running.get()) {
                  ProviderEvaluation<String> r = provider.getStringEvaluation("first", "?", ctx);
                  if (r.getErrorCode() != null || !List.of("a", "b").contains(r.getValue())) {
                    failures.add("provider: " + r);
                  }
                  try {
                    Evaluator snapshot = provider.snapshot().orElseThrow();
                    String one = snapshot.evaluate("ns", "first", "u", Map.of()).variant();
                    String two = snapshot.evaluate("ns", "second", "u", Map.of()).variant();
                    if (!one.equals(two)) {
                      failures.add("torn snapshot: " + one + "/" + two);
                    }
                  } catch (RuntimeException e) {
                    failures.add("snapshot: " + e);
                  }
                  evaluations.incrementAndGet();
                }
              });
      thread.start();
      threads.add(thread);
    }
    try {
      for (int i = 0; i < 30; i++) {
        publish(flags(i % 2 == 0 ? "b" : "a"));
        if (i % 7 == 3) {
          publish("flags: [broken"); // a broken file in between good ones
        }
        Thread.sleep(15);
      }
    } finally {
      running.set(false);
      for (Thread thread : threads) {
        thread.join();
      }
      provider.close();
    }
    assertThat(failures).isEmpty();
    assertThat(evaluations.get()).isGreaterThan(1000);
  }
}
