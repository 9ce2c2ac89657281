package dev.tollgate.flags.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Severity;
import dev.tollgate.flags.Fixtures;
import dev.tollgate.flags.model.Flag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlagLoaderTest {

  private static List<String> rendered(LoadResult result) {
    return result.diagnostics().stream().map(Diagnostic::render).toList();
  }

  private static Diagnostic only(LoadResult result, String ruleId) {
    List<Diagnostic> hits =
        result.diagnostics().stream().filter(d -> d.ruleId().equals(ruleId)).toList();
    assertThat(hits).as(rendered(result).toString()).hasSize(1);
    return hits.get(0);
  }

  @Test
  void specExampleLoadsWithoutFindings() {
    LoadResult result =
        Fixtures.load(
            "shop",
            """
            version: "1.4"
            namespace: {key: shop, name: Shop}
            flags:
              - key: new-checkout
                name: New checkout
                type: VARIANT_FLAG_TYPE
                enabled: true
                metadata: {owner: team-payments, sunset: "2027-01-31"}
                variants:
                  - {key: control, default: true}
                  - {key: treatment, attachment: {color: blue}}
                rules:
                  - segment: {keys: [beta-users, eu], operator: AND_SEGMENT_OPERATOR}
                    distributions: [{variant: control, rollout: 50}, {variant: treatment, rollout: 50}]
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
                  - {type: STRING_COMPARISON_TYPE, property: plan, operator: isoneof, value: '["beta","staff"]'}
              - key: eu
                name: EU
                match_type: ALL_MATCH_TYPE
                constraints:
                  - {type: STRING_COMPARISON_TYPE, property: region, operator: eq, value: eu}
            """);
    assertThat(rendered(result)).isEmpty();
    Flag flag = result.flags().flag("shop", "new-checkout").orElseThrow();
    assertThat(flag.metadata()).containsEntry("owner", "team-payments");
    assertThat(flag.defaultVariant().orElseThrow().key()).isEqualTo("control");
    assertThat(flag.rules().get(0).segmentKeys()).containsExactly("beta-users", "eu");
  }

  @Test
  void unknownFieldsAreSchemaErrorsAtTheKey() {
    LoadResult result = Fixtures.load("ns", "flags:\n  - key: a\n    name: A\n    owner: me\n");
    Diagnostic d = only(result, "flag-schema");
    assertThat(d.render()).startsWith("flags/ns/features.yaml:4:5: error: unknown field \"owner\"");
    assertThat(d.hint()).contains("allowed here");
  }

  @Test
  void missingNameAndBadKeyAreReported() {
    LoadResult result = Fixtures.load("ns", "flags:\n  - key: bad key!\n");
    assertThat(rendered(result))
        .anyMatch(s -> s.contains("flag key \"bad key!\" does not match"))
        .anyMatch(s -> s.contains("flag has no \"name\""));
  }

  @Test
  void unknownSegmentAndVariantAreErrorsWithPositions() {
    LoadResult result =
        Fixtures.load(
            "ns",
            """
            flags:
              - key: f
                name: F
                variants: [{key: a}]
                rules:
                  - segment: ghost
                    distributions:
                      - {variant: b, rollout: 100}
            """);
    assertThat(only(result, "flag-unknown-segment").render())
        .startsWith(
            "flags/ns/features.yaml:6:9: error: flag ns/f rule 1 references unknown"
                + " segment \"ghost\"");
    assertThat(only(result, "flag-unknown-variant").position().line()).isEqualTo(8);
  }

  @Test
  void segmentsMustComeFromTheSameOrAnEarlierFile() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "a.features.yaml",
        "namespace: shop\nflags:\n  - key: f\n    name: F\n    rules:\n      - segment: s\n");
    files.put(
        "b.features.yaml",
        "namespace: shop\nsegments:\n  - {key: s, name: S, match_type: ALL_MATCH_TYPE}\n");
    assertThat(only(Fixtures.files(files), "flag-unknown-segment").position().path())
        .isEqualTo("flags/a.features.yaml");
  }

  @Test
  void versionGatesTypeAndMetadata() {
    LoadResult result =
        Fixtures.load(
            "ns",
            """
            version: "1.0"
            flags:
              - key: f
                name: F
                type: BOOLEAN_FLAG_TYPE
                metadata: {owner: x}
            """);
    assertThat(result.diagnostics().stream().filter(d -> d.ruleId().equals("flag-version-feature")))
        .hasSize(2);
  }

  @Test
  void distributionSumsOverHundredAreErrorsAndUnderHundredExplainBothEngines() {
    LoadResult over =
        Fixtures.load("ns", rule("{variant: a, rollout: 80}, {variant: b, rollout: 40}"));
    assertThat(only(over, "flag-distribution-sum").message()).contains("120%");
    LoadResult under =
        Fixtures.load("ns", rule("{variant: a, rollout: 30}, {variant: b, rollout: 50}"));
    Diagnostic d = only(under, "flag-distribution-not-100");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.message()).contains("80%").contains("a 37.5%, b 62.5%").contains("20%");
    LoadResult range = Fixtures.load("ns", rule("{variant: a, rollout: 101}"));
    assertThat(only(range, "flag-rollout-range").severity()).isEqualTo(Severity.ERROR);
  }

  private static String rule(String distributions) {
    return "flags:\n  - key: f\n    name: F\n    variants: [{key: a}, {key: b}]\n    rules:\n"
        + "      - segment: s\n        distributions: ["
        + distributions
        + "]\n"
        + "segments:\n  - {key: s, name: S, match_type: ALL_MATCH_TYPE}\n";
  }

  @Test
  void thresholdOutsideRangeIsAnError() {
    LoadResult result =
        Fixtures.load(
            "ns",
            """
            flags:
              - key: f
                name: F
                type: BOOLEAN_FLAG_TYPE
                rollouts:
                  - threshold: {percentage: 150, value: true}
            """);
    assertThat(only(result, "flag-threshold-range").position().line()).isEqualTo(6);
  }

  @Test
  void constraintValuesMustParseForTheirTypeAndLtIsFlagged() {
    LoadResult result =
        Fixtures.load(
            "ns",
            """
            segments:
              - key: s
                name: S
                match_type: ALL_MATCH_TYPE
                constraints:
                  - {type: NUMBER_COMPARISON_TYPE, property: age, operator: lt, value: "ten"}
                  - {type: DATETIME_COMPARISON_TYPE, property: t, operator: gt, value: "31/01/2026"}
                  - {type: STRING_COMPARISON_TYPE, property: p, operator: isoneof, value: "a,b"}
                  - {type: NUMBER_COMPARISON_TYPE, property: n, operator: eq}
                  - {type: BOOLEAN_COMPARISON_TYPE, property: b, operator: lt}
            """);
    assertThat(
            result.diagnostics().stream().filter(d -> d.ruleId().equals("flag-constraint-value")))
        .extracting(d -> d.position().line())
        .containsExactly(6, 7, 8, 9);
    assertThat(only(result, "flag-operator-lt").hint()).contains("lte");
    assertThat(only(result, "flag-schema").message())
        .contains("operator \"lt\" is not allowed for BOOLEAN_COMPARISON_TYPE");
  }

  @Test
  void yamlListsForIsOneOfNeedFormat16AndBecomeJson() {
    String body =
        "segments:\n  - key: s\n    name: S\n    match_type: ALL_MATCH_TYPE\n"
            + "    constraints:\n      - {type: NUMBER_COMPARISON_TYPE, property: n,"
            + " operator: isoneof, value: [1, 2.5]}\n";
    LoadResult newest = Fixtures.load("ns", body);
    assertThat(rendered(newest)).isEmpty();
    assertThat(
            newest
                .flags()
                .namespace("ns")
                .orElseThrow()
                .segments()
                .get("s")
                .constraints()
                .get(0)
                .value())
        .isEqualTo("[1,2.5]");
    assertThat(only(Fixtures.load("ns", "version: \"1.5\"\n" + body), "flag-version-feature"))
        .isNotNull();
  }

  @Test
  void unquotedYaml11WordsAsVariantKeysAreWarned() {
    LoadResult result =
        Fixtures.load(
            "ns", "flags:\n  - key: f\n    name: F\n    variants: [{key: on}, {key: \"off\"}]\n");
    Diagnostic d = only(result, "flag-yaml11-word");
    assertThat(d.position().line()).isEqualTo(4);
    assertThat(d.hint()).contains("\"on\"");
  }

  @Test
  void duplicateFlagsAcrossFilesAreErrors() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("a.features.yml", "flags:\n  - {key: f, name: F}\n");
    files.put("b.features.yml", "flags:\n  - {key: f, name: F2}\n");
    LoadResult result = Fixtures.files(files);
    assertThat(only(result, "flag-duplicate-key").message())
        .contains("first at flags/a.features.yml:2:5");
    assertThat(result.flags().flag("default", "f").orElseThrow().name()).isEqualTo("F2");
  }

  @Test
  void malformedYamlIsADiagnosticAndOtherFilesStillLoad() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("bad/features.yaml", "flags:\n  - key: [unclosed\n");
    files.put("good/features.yaml", "flags:\n  - {key: f, name: F}\n");
    files.put("dup/features.yaml", "flags: []\nflags: []\n");
    files.put("binary/features.yaml", "\0\0");
    LoadResult result = Fixtures.files(files);
    assertThat(result.diagnostics())
        .extracting(Diagnostic::ruleId)
        .contains("yaml-syntax", "yaml-duplicate-key", "yaml-binary");
    assertThat(result.flags().flag("good", "f")).isPresent();
  }

  @Test
  void filesAreSelectedLikeFliptV1AndV2() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("shop/features.yaml", "flags:\n  - {key: a, name: A}\n");
    files.put("shop/features.yml", "flags:\n  - {key: ignored, name: I}\n");
    files.put("legacy.features.yml", "namespace: old\nflags:\n  - {key: b, name: B}\n");
    files.put("notes/readme.yaml", "flags: 7\n");
    files.put("deep/er/features.yaml", "flags:\n  - {key: c, name: C}\n");
    LoadResult result = Fixtures.files(files);
    assertThat(result.flags().flag("shop", "a")).isPresent();
    assertThat(result.flags().flag("shop", "ignored")).isEmpty();
    assertThat(result.flags().flag("old", "b")).isPresent();
    assertThat(result.flags().flag("default", "c")).as("v1 glob reads deeper files").isPresent();
    assertThat(only(result, "flag-ignored-file").position().path())
        .isEqualTo("flags/shop/features.yml");
  }

  @Test
  void indexFileGlobsSelectV1Files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(".flipt.yml", "version: \"1.0\"\ninclude: ['team/*.yml']\nexclude: ['team/skip*']\n");
    files.put("team/a.yml", "flags:\n  - {key: a, name: A}\n");
    files.put("team/skip.yml", "flags:\n  - {key: s, name: S}\n");
    files.put("other.features.yml", "flags:\n  - {key: o, name: O}\n");
    LoadResult result = Fixtures.files(files);
    assertThat(result.flags().flag("default", "a")).isPresent();
    assertThat(result.flags().flag("default", "s")).isEmpty();
    assertThat(result.flags().flag("default", "o")).isEmpty();
  }
}
