package dev.tollgate.analysis.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tollgate.analysis.ExprConditions;
import dev.tollgate.analysis.provider.PromqlProvider;
import dev.tollgate.analysis.provider.SeriesInput;
import dev.tollgate.analysis.template.TemplateCatalog;
import dev.tollgate.analysis.template.TemplateLoader;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Canary walks over virtual time, on the real PromQL and expr engines. */
class RolloutSimulatorTest {

  /** One series {@code canary_ok}, one sample a minute (1 healthy, 0 bad, 0.5 inconclusive). */
  private static PromqlProvider series(String values) {
    SeriesInput input = new SeriesInput(60_000);
    Position at = Position.ofFile("series");
    input.add("canary_ok", at, values, at);
    return new PromqlProvider(input.storage());
  }

  private static final String TEMPLATES =
      """
      kind: AnalysisTemplate
      metadata: {name: inline}
      spec:
        metrics:
        - name: ok
          interval: 1m
          count: 2
          successCondition: result[0] == 1
          failureCondition: result[0] == 0
          provider: {prometheus: {address: http://p, query: canary_ok}}
      ---
      kind: AnalysisTemplate
      metadata: {name: labelled}
      spec:
        args: [{name: track}]
        metrics:
        - name: labelled
          successCondition: result[0] == 1
          provider: {prometheus: {address: http://p, query: 'canary_ok{track="{{args.track}}"}'}}
      ---
      kind: AnalysisTemplate
      metadata: {name: background}
      spec:
        metrics:
        - name: bg-ok
          interval: 2m
          failureLimit: 1
          successCondition: result[0] == 1
          provider: {prometheus: {address: http://p, query: canary_ok}}
      """;

  private static RolloutSimulator.Simulation simulate(
      String steps, String background, PromqlProvider provider, boolean autoPromote) {
    return simulate(steps, background, provider, autoPromote, Map.of());
  }

  private static RolloutSimulator.Simulation simulate(
      String steps,
      String background,
      PromqlProvider provider,
      boolean autoPromote,
      Map<String, String> args) {
    String rollout =
        "kind: Rollout\nmetadata: {name: r}\nspec:\n  strategy:\n    canary:\n"
            + (background.isEmpty() ? "" : "      analysis: " + background + "\n")
            + "      steps:\n"
            + steps.indent(6);
    List<YNode> docs = YTrees.documents(new YamlLoader().loadText("rollout.yaml", rollout));
    TemplateCatalog catalog = new TemplateCatalog();
    catalog.addAll(
        TemplateLoader.fromDocuments(
            YTrees.documents(new YamlLoader().loadText("templates.yaml", TEMPLATES))));
    return new RolloutSimulator(catalog, provider, new ExprConditions(), args, autoPromote)
        .simulate(RolloutLoader.fromDocuments(docs, "rollout.yaml"));
  }

  private static final String STEPS =
      """
      - setWeight: 20
      - pause: {duration: 10m}
      - analysis: {templates: [{templateName: inline}]}
      - setWeight: 60
      - pause: {duration: "300"}
      - setWeight: 100
      """;

  @Test
  void healthyCanaryIsPromotedAfterPausesAndAnalysis() {
    RolloutSimulator.Simulation s = simulate(STEPS, "", series("1x60"), false);
    // 10m pause, analysis at 10m and 11m, 300 s pause
    assertThat(s.outcome().line()).isEqualTo("Promoted at 16m");
    assertThat(s.finalWeight()).isEqualTo(100);
  }

  @Test
  void failedInlineAnalysisAbortsAndSendsTrafficBackToStable() {
    RolloutSimulator.Simulation s = simulate(STEPS, "", series("1x9 0x50"), false);
    assertThat(s.outcome().result()).isEqualTo(RolloutOutcome.Result.ABORTED);
    assertThat(s.outcome().line())
        .isEqualTo(
            "Aborted at step 2 (analysis inline) at 10m: ok Failed (1 failure > failureLimit 0)");
    assertThat(s.finalWeight()).isZero();
  }

  @Test
  void inconclusiveInlineAnalysisPausesTheRollout() {
    RolloutSimulator.Simulation s = simulate(STEPS, "", series("0.5x60"), false);
    assertThat(s.outcome().result()).isEqualTo(RolloutOutcome.Result.PAUSED);
    assertThat(s.outcome().line()).startsWith("Paused: Inconclusive (ok Inconclusive");
    assertThat(s.outcome().stepIndex()).isEqualTo(2);
    assertThat(s.finalWeight()).isEqualTo(20);
  }

  @Test
  void indefinitePauseWaitsForPromotionUnlessAutoPromoted() {
    String steps = "- setWeight: 50\n- pause: {}\n- setWeight: 100\n";
    RolloutSimulator.Simulation waiting = simulate(steps, "", series("1x60"), false);
    assertThat(waiting.outcome().line())
        .isEqualTo("Paused: waiting for promotion at step 1 (pause) at 0s");
    RolloutSimulator.Simulation promoted = simulate(steps, "", series("1x60"), true);
    assertThat(promoted.outcome().line()).isEqualTo("Promoted at 0s");
  }

  @Test
  void backgroundAnalysisStartsAtStartingStepAndAbortsDuringAPause() {
    // bg-ok measures at 10m, 12m, 14m...; failures at 14m and 16m exceed failureLimit 1
    String steps =
        """
        - setWeight: 10
        - pause: {duration: 10m}
        - setWeight: 30
        - pause: {duration: 20m}
        - setWeight: 100
        """;
    RolloutSimulator.Simulation s =
        simulate(
            steps,
            "{templates: [{templateName: background}], startingStep: 2}",
            series("1x13 0x50"),
            false);
    assertThat(s.outcome().line())
        .isEqualTo(
            "Aborted at step 3 (pause 20m) at 16m: background analysis bg-ok Failed"
                + " (2 failures > failureLimit 1)");
  }

  @Test
  void backgroundAnalysisStillRunningAtTheEndIsTerminatedAndThePromotionStands() {
    String steps = "- setWeight: 10\n- pause: {duration: 10m}\n- setWeight: 100\n";
    RolloutSimulator.Simulation s =
        simulate(steps, "{templates: [{templateName: background}]}", series("1x60"), false);
    assertThat(s.outcome().line()).isEqualTo("Promoted at 10m");
    // 0m, 2m, ... 10m: a measurement due at the instant the pause ends is still taken
    assertThat(s.timeline().stream().filter(e -> e.text().contains("background bg-ok"))).hasSize(6);
  }

  @Test
  void indefiniteMetricInAnInlineStepIsRejectedBeforeSimulating() {
    InputException e =
        catchThrowableOfType(
            InputException.class,
            () ->
                simulate(
                    "- analysis: {templates: [{templateName: background}]}\n",
                    "",
                    series("1x60"),
                    false));
    assertThat(e.diagnostic().message()).contains("runs indefinitely");
  }

  @Test
  void missingTemplateIsAPositionedNotFoundError() {
    InputException e =
        catchThrowableOfType(
            InputException.class,
            () ->
                simulate(
                    "- analysis: {templates: [{templateName: nope}]}\n", "", series("1"), false));
    assertThat(e.diagnostic().message()).isEqualTo("AnalysisTemplate 'nope' not found");
    assertThat(e.diagnostic().position().path()).isEqualTo("rollout.yaml");
  }

  private static final String FIELD_REF_STEP =
      """
      - analysis:
          templates: [{templateName: labelled}]
          args:
          - name: track
            valueFrom: {fieldRef: {fieldPath: "metadata.labels['track']"}}
      """;

  @Test
  void rolloutArgumentFromFieldRefNeedsAValueOfflineAndSaysSo() {
    InputException e =
        catchThrowableOfType(
            InputException.class, () -> simulate(FIELD_REF_STEP, "", series("1"), false));
    assertThat(e.diagnostic().message())
        .isEqualTo(
            "argument \"track\" takes its value from valueFrom.fieldRef, which tollgate cannot"
                + " read offline");
    assertThat(e.diagnostic().hint()).contains("--arg track=VALUE");
  }

  @Test
  void userSuppliedValueStandsInForFieldRef() {
    SeriesInput input = new SeriesInput(60_000);
    Position at = Position.ofFile("series");
    input.add("canary_ok{track=\"canary\"}", at, "1x10", at);
    input.add("canary_ok{track=\"stable\"}", at, "0x10", at);
    RolloutSimulator.Simulation s =
        simulate(
            FIELD_REF_STEP,
            "",
            new PromqlProvider(input.storage()),
            false,
            Map.of("track", "canary"));
    assertThat(s.outcome().line()).isEqualTo("Promoted at 0s");
  }

  @Test
  void backgroundMetricWithCountFinishesEarlyAndLeavesLaterStepsUncovered() {
    // the inline template "inline" has count 2: run in the background it is done at 1m,
    // so the canary going bad at 5m is never seen and the update is promoted
    String steps = "- setWeight: 10\n- pause: {duration: 10m}\n- setWeight: 100\n";
    RolloutSimulator.Simulation s =
        simulate(steps, "{templates: [{templateName: inline}]}", series("1x4 0x50"), false);
    assertThat(s.outcome().line()).isEqualTo("Promoted at 10m");
    assertThat(s.timeline().stream().filter(e -> e.text().contains("background ok:"))).hasSize(2);
  }
}
