package dev.tollgate.flags.bench;

import dev.tollgate.flags.eval.Engine;
import dev.tollgate.flags.eval.EvaluationResult;
import dev.tollgate.flags.eval.Evaluator;
import dev.tollgate.flags.load.FlagLoader;
import dev.tollgate.flags.load.LoadResult;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The figure: a 3-rule variant flag whose segments carry two constraints each (a string
 * eq and a number comparison). The context matches only the third rule; the first constraint of
 * each earlier rule fails, so every evaluation runs four constraint checks, one CRC-32 bucket and
 * one bound search. Entity ids come from a pre-built array (1024 distinct ids) and the context is
 * built once, so only the evaluation is measured; the returned (shared) result goes to JMH's
 * blackhole.
 *
 * <p>The evaluator interns constraint properties, so a context whose keys are string literals (the
 * usual case in application code) is looked up by identity. {@link #variantFreshContextKeys} uses
 * keys that are equal but not the same objects (as when a context is decoded from JSON), which
 * costs a string comparison per lookup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluatorBenchmark {
  private static final String FLAGS =
      """
      flags:
        - key: new-checkout
          name: New checkout
          enabled: true
          variants: [{key: control, default: true}, {key: blue}, {key: green}]
          rules:
            - segment: us-adults
              distributions: [{variant: blue, rollout: 100}]
            - segment: eu-teens
              distributions: [{variant: green, rollout: 100}]
            - segment: eu-adults
              distributions: [{variant: control, rollout: 33.33}, {variant: blue, rollout: 33.33},
                              {variant: green, rollout: 33.34}]
      segments:
        - key: us-adults
          name: US adults
          match_type: ALL_MATCH_TYPE
          constraints:
            - {type: STRING_COMPARISON_TYPE, property: region, operator: eq, value: us}
            - {type: NUMBER_COMPARISON_TYPE, property: age, operator: gte, value: "18"}
        - key: eu-teens
          name: EU teens
          match_type: ALL_MATCH_TYPE
          constraints:
            - {type: NUMBER_COMPARISON_TYPE, property: age, operator: lte, value: "17"}
            - {type: STRING_COMPARISON_TYPE, property: region, operator: eq, value: eu}
        - key: eu-adults
          name: EU adults
          match_type: ALL_MATCH_TYPE
          constraints:
            - {type: STRING_COMPARISON_TYPE, property: region, operator: eq, value: eu}
            - {type: NUMBER_COMPARISON_TYPE, property: age, operator: gte, value: "18"}
      """;

  private Evaluator evaluator;
  private final String[] entities = new String[1024];
  private final Map<String, String> context = new HashMap<>();
  private final Map<String, String> freshKeys = new HashMap<>();
  private int next;

  @Setup
  public void setUp() {
    LoadResult loaded =
        FlagLoader.load(
            List.of("shop/features.yaml"), p -> FLAGS.getBytes(StandardCharsets.UTF_8), "");
    if (loaded.hasErrors()) {
      throw new IllegalStateException(loaded.diagnostics().toString());
    }
    evaluator = Evaluator.compile(loaded.flags(), Engine.V2);
    for (int i = 0; i < entities.length; i++) {
      entities[i] = "user-" + (i * 7919);
    }
    context.put("region", "eu");
    context.put("age", "42");
    freshKeys.put(new String("region".toCharArray()), "eu");
    freshKeys.put(new String("age".toCharArray()), "42");
  }

  @Benchmark
  public EvaluationResult variantThreeRulesTwoConstraints() {
    String entity = entities[next++ & 1023];
    return evaluator.evaluate("shop", "new-checkout", entity, context);
  }

  @Benchmark
  public EvaluationResult variantFreshContextKeys() {
    String entity = entities[next++ & 1023];
    return evaluator.evaluate("shop", "new-checkout", entity, freshKeys);
  }
}
