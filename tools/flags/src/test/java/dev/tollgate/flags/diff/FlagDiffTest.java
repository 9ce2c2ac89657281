package dev.tollgate.flags.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.flags.Fixtures;
import dev.tollgate.flags.eval.Engine;
import dev.tollgate.flags.model.FlagSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlagDiffTest {
  private static final String BASE =
      """
      flags:
        - key: checkout
          name: Checkout
          enabled: true
          metadata: {owner: team-a, sunset: "2027-01-01"}
          variants: [{key: control, default: true}, {key: treatment}]
          rules:
            - segment: eu
              distributions: [{variant: control, rollout: 90}, {variant: treatment, rollout: 10}]
        - key: banner
          name: Banner
          type: BOOLEAN_FLAG_TYPE
          rollouts:
            - threshold: {percentage: 40, value: true}
        - key: gone
          name: Gone
          type: BOOLEAN_FLAG_TYPE
          enabled: true
      segments:
        - key: eu
          name: EU
          match_type: ALL_MATCH_TYPE
          constraints:
            - {type: STRING_COMPARISON_TYPE, property: region, operator: eq, value: eu}
      """;

  private static FlagSet load(String yaml) {
    return Fixtures.load("shop", yaml).flags();
  }

  private static List<String> lines(String head) {
    return FlagDiff.compare(load(BASE), load(head), Engine.V2).stream()
        .map(c -> c.flag() + " " + c.kind() + ": " + c.text())
        .toList();
  }

  @Test
  void identicalTreesHaveNoChanges() {
    assertThat(lines(BASE)).isEmpty();
    assertThat(FlagDiff.markdown(List.of(), "a", "b")).contains("No flag changes");
  }

  @Test
  void exposureChangesNameTheSegmentAndTheNewlyExposedShare() {
    assertThat(
            lines(
                BASE.replace("rollout: 90}", "rollout: 70}")
                    .replace("rollout: 10}", "rollout: 30}")))
        .containsExactly(
            "checkout exposure: control 90% → 70% of segment eu; treatment 10% → 30% of segment"
                + " eu; +20% newly exposed");
  }

  @Test
  void thresholdStateLifecycleAndSegmentChangesAreReported() {
    String head =
        BASE.replace("percentage: 40", "percentage: 55")
            .replace("2027-01-01", "2027-02-01")
            .replace("value: eu}", "value: EU}")
            .replace("    enabled: true\n    metadata", "    enabled: false\n    metadata");
    assertThat(lines(head))
        .containsExactlyInAnyOrder(
            "checkout state: disabled (everyone gets the default)",
            "checkout lifecycle: sunset 2027-01-01 → 2027-02-01",
            "checkout segment: segment `eu` changed its constraints, so who matches it changed",
            "banner exposure: true 40% → 55% of all users; +15% newly exposed");
  }

  @Test
  void addedRemovedAndRenamedFlags() {
    String head =
        BASE.replace("key: banner", "key: new-banner")
            .replace(
                "  - key: gone\n    name: Gone\n    type: BOOLEAN_FLAG_TYPE\n    enabled: true\n",
                "  - key: fresh\n    name: Fresh\n    type: BOOLEAN_FLAG_TYPE\n");
    List<String> lines = lines(head);
    assertThat(lines)
        .contains(
            "new-banner renamed: from `banner` (same rules, same exposure)",
            "gone removed: everyone now gets the application's code default",
            "fresh added: BOOLEAN flag, fall-through false — everyone gets false");
    String json = FlagDiff.json(FlagDiff.compare(load(BASE), load(head), Engine.V2), "a", "b");
    assertThat(json)
        .startsWith("{\"base\":\"a\",\"head\":\"b\",\"changes\":[")
        .contains("\"kind\":\"renamed\"");
  }
}
