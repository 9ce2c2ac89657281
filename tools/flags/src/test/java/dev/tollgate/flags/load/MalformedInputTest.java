package dev.tollgate.flags.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.flags.Fixtures;
import dev.tollgate.flags.eval.Engine;
import dev.tollgate.flags.eval.Evaluator;
import dev.tollgate.flags.exposure.Exposure;
import dev.tollgate.flags.model.Flag;
import dev.tollgate.flags.model.Namespace;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of mutated flag files: loading must always end in diagnostics, never an exception, and
 * whatever loads must evaluate and expose without failing.
 */
class MalformedInputTest {
  private static final String VALID =
      """
      version: "1.4"
      namespace: {key: shop, name: Shop}
      flags:
        - key: new-checkout
          name: New checkout
          enabled: true
          metadata: {owner: team-payments, sunset: "2027-01-31"}
          variants:
            - {key: control, default: true}
            - {key: treatment, attachment: {color: blue, n: [1, 2]}}
          rules:
            - segment: {keys: [beta-users, eu], operator: AND_SEGMENT_OPERATOR}
              distributions: [{variant: control, rollout: 50}, {variant: treatment, rollout: 50}]
            - segment: eu
              distributions: []
        - key: dark-mode
          name: Dark mode
          type: BOOLEAN_FLAG_TYPE
          enabled: false
          rollouts:
            - segment: {key: beta-users, value: true}
            - threshold: {percentage: 25, value: true}
      segments:
        - key: beta-users
          name: Beta users
          match_type: ANY_MATCH_TYPE
          constraints:
            - {type: STRING_COMPARISON_TYPE, property: plan, operator: isoneof, value: '["beta"]'}
            - {type: NUMBER_COMPARISON_TYPE, property: age, operator: gte, value: "18"}
            - {type: DATETIME_COMPARISON_TYPE, property: t, operator: lt, value: "2026-01-01"}
            - {type: BOOLEAN_COMPARISON_TYPE, property: b, operator: "true"}
        - key: eu
          name: EU
          match_type: ALL_MATCH_TYPE
          constraints:
            - {type: ENTITY_ID_COMPARISON_TYPE, property: id, operator: prefix, value: eu-}
      """;

  private static final String[] TOKENS = {
    "- ",
    ": ",
    "{",
    "}",
    "[",
    "]",
    "null",
    "~",
    "&a ",
    "*a",
    "!!str ",
    "\"",
    "'",
    "100",
    "-1",
    "1e999",
    "key",
    "rollout",
    "segment",
    "\n",
    "  ",
    "yes",
    "NaN",
    "keys: [",
    "operator: "
  };

  @Test
  void mutatedFilesNeverThrow() {
    assertThat(Fixtures.load("shop", VALID).diagnostics())
        .extracting(d -> d.ruleId())
        .containsOnly("flag-operator-lt");
    Random random = new Random(7);
    int loadedWithoutErrors = 0;
    for (int i = 0; i < 1500; i++) {
      String mutated = mutate(VALID, random);
      LoadResult result = Fixtures.load("shop", mutated);
      for (Engine engine : Engine.values()) {
        Evaluator evaluator = Evaluator.compile(result.flags(), engine);
        Exposure.of(result.flags(), engine);
        for (Namespace ns : result.flags().namespaces().values()) {
          for (Flag flag : ns.flags().values()) {
            evaluator.evaluate(
                ns.key(),
                flag.key(),
                "e" + i,
                Map.of("plan", "beta", "age", "30", "t", "2025-01-01", "b", "true"));
          }
        }
      }
      if (!result.hasErrors()) {
        loadedWithoutErrors++;
      }
      assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.render()).isNotBlank());
    }
    assertThat(loadedWithoutErrors).as("some mutations stay valid").isPositive();
  }

  private static String mutate(String text, Random random) {
    StringBuilder sb = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(sb.length());
      switch (random.nextInt(4)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
        case 2 -> {
          List<String> lines = List.of(sb.toString().split("\n", -1));
          int a = random.nextInt(lines.size());
          int b = random.nextInt(lines.size());
          String[] arr = lines.toArray(new String[0]);
          String tmp = arr[a];
          arr[a] = arr[b];
          arr[b] = tmp;
          sb = new StringBuilder(String.join("\n", arr));
        }
        default -> sb.setCharAt(at, (char) (32 + random.nextInt(95)));
      }
    }
    return sb.toString();
  }
}
