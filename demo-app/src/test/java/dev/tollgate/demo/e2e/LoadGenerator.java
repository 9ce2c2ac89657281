package dev.tollgate.demo.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded loopback load loop: each worker calls its target until {@link #stop()}, the deadline or
 * the request budget, whichever comes first, and counts every answer that is not a 200.
 */
final class LoadGenerator implements AutoCloseable {
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong budget;
  private final long deadlineNanos;
  private final List<Thread> workers = new ArrayList<>();
  private final List<Target> targets = new ArrayList<>();

  /** One base URL and what happened to the requests sent to it. */
  static final class Target {
    final String baseUrl;
    final AtomicLong sent = new AtomicLong();
    final AtomicLong failed = new AtomicLong();

    Target(String baseUrl) {
      this.baseUrl = baseUrl;
    }
  }

  LoadGenerator(long maxRequests, Duration maxDuration) {
    this.budget = new AtomicLong(maxRequests);
    this.deadlineNanos = System.nanoTime() + maxDuration.toNanos();
  }

  /**
   * Starts {@code threads} workers against {@code baseUrl}, pausing {@code pauseMillis} between
   * calls.
   */
  Target drive(String baseUrl, int threads, long pauseMillis) {
    Target target = new Target(baseUrl);
    targets.add(target);
    for (int t = 0; t < threads; t++) {
      int worker = t;
      Thread thread =
          new Thread(() -> loop(target, worker, pauseMillis), "load-" + baseUrl + "-" + t);
      thread.setDaemon(true);
      workers.add(thread);
      thread.start();
    }
    return target;
  }

  private void loop(Target target, int worker, long pauseMillis) {
    long i = 0;
    while (running.get() && System.nanoTime() < deadlineNanos && budget.decrementAndGet() >= 0) {
      String user = "load-" + worker + "-" + (i++ % 500);
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(target.baseUrl + "/price?sku=sku-" + (i % 50)))
              .header("X-User-Id", user)
              .timeout(Duration.ofSeconds(5))
              .build();
      target.sent.incrementAndGet();
      try {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
          target.failed.incrementAndGet();
        }
      } catch (java.io.IOException e) {
        target.failed.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (pauseMillis > 0) {
        try {
          Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  void stop() throws InterruptedException {
    running.set(false);
    for (Thread worker : workers) {
      worker.join(10_000);
    }
  }

  @Override
  public void close() {
    try {
      stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
