package dev.tollgate.analysis.live;

import dev.tollgate.analysis.AnalysisPhase;
import dev.tollgate.analysis.AnalysisRun;
import dev.tollgate.analysis.ConditionEvaluator;
import dev.tollgate.analysis.GoDuration;
import dev.tollgate.analysis.Measurement;
import dev.tollgate.analysis.Metric;
import dev.tollgate.analysis.MetricProvider;
import dev.tollgate.analysis.MetricResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Runs an AnalysisRun on the wall clock against a live provider, on the template's own schedule
 * (intervals divided by {@code speedup} for demos), printing each measurement as it comes.
 */
public final class LiveAnalysisRunner {
  private final MetricProvider provider;
  private final ConditionEvaluator conditions;
  private final double speedup;
  private final Long maxRunMillis;
  private final PrintWriter out;

  /**
   * @param speedup 1 for real time; 60 makes a 1m interval take 1 s
   * @param maxRunMillis terminate the run after this much run time (a background-style indefinite
   *     run never ends by itself); null for no limit
   */
  public LiveAnalysisRunner(
      MetricProvider provider,
      ConditionEvaluator conditions,
      double speedup,
      Long maxRunMillis,
      PrintWriter out) {
    if (!(speedup > 0)) {
      throw new IllegalArgumentException("speedup must be positive");
    }
    this.provider = provider;
    this.conditions = conditions;
    this.speedup = speedup;
    this.maxRunMillis = maxRunMillis;
    this.out = out;
  }

  /** Runs until the run completes (or the limit); returns the final run. */
  public AnalysisRun run(List<Metric> metrics) throws InterruptedException {
    return run(metrics, Set.of());
  }

  /**
   * Runs until the run completes (or the limit), masking {@code secrets}; returns the final run.
   *
   * @param secrets values to print as {@code *****} (see {@link AnalysisRun#setSecrets})
   */
  public AnalysisRun run(List<Metric> metrics, Set<String> secrets) throws InterruptedException {
    AnalysisRun run = new AnalysisRun(metrics, provider, conditions, 0);
    run.setSecrets(secrets);
    run.setListener(this::print);
    long wallStart = System.nanoTime();
    while (!run.isCompleted()) {
      OptionalLong next = run.nextMeasurementTime();
      if (next.isEmpty()) {
        break;
      }
      long at = next.getAsLong();
      if (maxRunMillis != null && at > maxRunMillis) {
        sleepUntil(wallStart, maxRunMillis);
        run.terminate(maxRunMillis);
        out.println(GoDuration.format(maxRunMillis) + "  run terminated after --duration");
        break;
      }
      sleepUntil(wallStart, at);
      run.advanceTo(at);
    }
    AnalysisPhase phase = run.phase();
    out.println("Run " + phase + (run.message().isEmpty() ? "" : ": " + run.message()));
    out.flush();
    return run;
  }

  private void sleepUntil(long wallStartNanos, long runMillis) throws InterruptedException {
    long targetNanos = wallStartNanos + (long) (runMillis * 1_000_000L / speedup);
    long waitMillis = (targetNanos - System.nanoTime()) / 1_000_000L;
    if (waitMillis > 0) {
      Thread.sleep(waitMillis);
    }
  }

  private void print(MetricResult metric, Measurement m) {
    out.printf(
        "%8s  %-24s %-12s %s%s%n",
        GoDuration.format(m.timeMillis()),
        metric.metric().name(),
        m.phase(),
        m.value(),
        m.message().isEmpty() ? "" : " (" + m.message() + ")");
    out.flush();
  }
}
