package dev.tollgate.flags.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tollgate.flags.Fixtures;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hot path allocates nothing: results are built ahead (counted bytes, not timed). */
class AllocationTest {

  @Test
  void evaluationAllocatesNothing() {
    assumeTrue(
        ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
        "this JVM cannot count allocated bytes per thread");
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Evaluator evaluator =
        Fixtures.evaluator(
            "shop",
            """
            flags:
              - key: f
                name: F
                enabled: true
                variants: [{key: a}, {key: b}]
                rules:
                  - segment: {keys: [us, eu], operator: OR_SEGMENT_OPERATOR}
                    distributions: [{variant: a, rollout: 50}, {variant: b, rollout: 50}]
              - key: g
                name: G
                type: BOOLEAN_FLAG_TYPE
                rollouts:
                  - segment: {key: eu, value: true}
                  - threshold: {percentage: 30, value: true}
            segments:
              - key: us
                name: US
                match_type: ALL_MATCH_TYPE
                constraints:
                  - {type: STRING_COMPARISON_TYPE, property: region, operator: eq, value: us}
              - key: eu
                name: EU
                match_type: ALL_MATCH_TYPE
                constraints:
                  - {type: STRING_COMPARISON_TYPE, property: region, operator: eq, value: eu}
                  - {type: NUMBER_COMPARISON_TYPE, property: age, operator: gte, value: "18"}
            """,
            Engine.V2);
    Map<String, String> context = new HashMap<>(Map.of("region", "eu", "age", "30"));
    String[] entities = new String[256];
    for (int i = 0; i < entities.length; i++) {
      entities[i] = "user-" + i;
    }
    long sink = 0;
    for (int i = 0; i < 50_000; i++) {
      sink +=
          evaluator
              .evaluate("shop", i % 2 == 0 ? "f" : "g", entities[i & 255], context)
              .segments()
              .size();
    }
    int n = 200_000;
    long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    for (int i = 0; i < n; i++) {
      sink +=
          evaluator
              .evaluate("shop", i % 2 == 0 ? "f" : "g", entities[i & 255], context)
              .segments()
              .size();
    }
    long perOp = (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before) / n;
    assertThat(sink).isPositive();
    // no result, string, list or box per call; the per-thread counter itself is exact
    assertThat(perOp).isZero();
  }
}
