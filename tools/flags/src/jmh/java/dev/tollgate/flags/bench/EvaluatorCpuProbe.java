package dev.tollgate.flags.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Evaluations per second of <em>thread CPU time</em> for the same workload as {@link
 * EvaluatorBenchmark}. On a shared, overloaded build machine JMH's wall-clock throughput measures
 * mostly the scheduler; CPU time is what one dedicated core would deliver. Run after the JMH
 * benchmark with: {@code java -cp <classpath> dev.tollgate.flags.bench.EvaluatorCpuProbe}.
 */
public final class EvaluatorCpuProbe {
  private EvaluatorCpuProbe() {}

  public static void main(String[] args) {
    EvaluatorBenchmark bench = new EvaluatorBenchmark();
    bench.setUp();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int round = 0; round < 8; round++) {
      long ops = 20_000_000L;
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      for (long i = 0; i < ops; i++) {
        sink += bench.variantThreeRulesTwoConstraints().variant().length();
      }
      long cpu = threads.getCurrentThreadCpuTime() - cpu0;
      long wall = System.nanoTime() - wall0;
      System.out.printf(
          "round %d: %.1f M evaluations per CPU-second (%.1f M per wall-second)%n",
          round, ops * 1e3 / cpu, ops * 1e3 / wall);
    }
    System.out.println("checksum " + sink);
  }
}
