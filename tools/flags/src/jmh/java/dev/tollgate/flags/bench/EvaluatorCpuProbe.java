package dev.tollgate.flags.bench;

import dev.tollgate.flags.eval.EvaluationResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Evaluations per second of <em>thread CPU time</em> for the same workloads as {@link
 * EvaluatorBenchmark}. On a shared, overloaded build machine JMH's wall-clock throughput measures
 * mostly the scheduler; CPU time excludes the time the thread waited for a core (it still includes
 * slowdowns from a busy hyper-thread sibling). Prints the best and the median of 20 rounds of 2 M
 * evaluations after a warm-up. Run after the JMH benchmark with: {@code java -cp <classpath>
 * dev.tollgate.flags.bench.EvaluatorCpuProbe}.
 */
public final class EvaluatorCpuProbe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private EvaluatorCpuProbe() {}

  public static void main(String[] args) {
    EvaluatorBenchmark bench = new EvaluatorBenchmark();
    bench.setUp();
    measure("variantThreeRulesTwoConstraints", bench::variantThreeRulesTwoConstraints);
    measure("variantFreshContextKeys", bench::variantFreshContextKeys);
  }

  private static void measure(String name, Supplier<EvaluationResult> op) {
    long sink = 0;
    for (int i = 0; i < 10_000_000; i++) {
      sink += op.get().variant().length();
    }
    int rounds = 20;
    long ops = 2_000_000L;
    double[] rates = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      for (long i = 0; i < ops; i++) {
        sink += op.get().variant().length();
      }
      rates[round] = ops * 1e3 / (THREADS.getCurrentThreadCpuTime() - cpu0);
    }
    Arrays.sort(rates);
    System.out.printf(
        "%s: best %.1f M, median %.1f M evaluations per CPU-second (checksum %d)%n",
        name, rates[rounds - 1], rates[rounds / 2], sink);
  }
}
