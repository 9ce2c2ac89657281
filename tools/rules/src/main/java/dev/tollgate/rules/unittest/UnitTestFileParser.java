package dev.tollgate.rules.unittest;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.rules.StrictYaml;
import dev.tollgate.rules.unittest.UnitTestFile.AlertTest;
import dev.tollgate.rules.unittest.UnitTestFile.ExpectedAlert;
import dev.tollgate.rules.unittest.UnitTestFile.ExpectedSample;
import dev.tollgate.rules.unittest.UnitTestFile.ExprTest;
import dev.tollgate.rules.unittest.UnitTestFile.InputSeries;
import dev.tollgate.rules.unittest.UnitTestFile.TestGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a unit-test file strictly, as promtool's {@code yaml.UnmarshalStrict} does. */
public final class UnitTestFileParser {

  private static final Set<String> FILE_KEYS =
      Set.of("rule_files", "evaluation_interval", "group_eval_order", "tests");
  private static final Set<String> GROUP_KEYS =
      Set.of(
          "interval",
          "input_series",
          "alert_rule_test",
          "promql_expr_test",
          "external_labels",
          "external_url",
          "name");

  /** The file, or null when it has errors, with every problem found. */
  public record Result(UnitTestFile file, List<Diagnostic> diagnostics) {}

  public Result parse(YNode root, String path) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    StrictYaml yaml = new StrictYaml(diagnostics);
    YMap top = root == null ? null : yaml.map(root, "the test file");
    if (top == null) {
      if (root == null) {
        yaml.error(
            Position.ofFile(path),
            StrictYaml.FORMAT_RULE,
            "the test file is empty",
            "Add rule_files and tests.");
      }
      return new Result(null, diagnostics);
    }
    yaml.knownKeys(top, FILE_KEYS, "main.unitTestFile");
    List<String> ruleFiles = strings(yaml, top.child("rule_files"), "rule_files");
    long evalInterval = yaml.duration(top.child("evaluation_interval"), "evaluation_interval");
    List<String> order = strings(yaml, top.child("group_eval_order"), "group_eval_order");
    List<TestGroup> groups = new ArrayList<>();
    int index = 0;
    for (YNode node : yaml.seq(top.child("tests"), "tests")) {
      TestGroup group = group(yaml, node, index++);
      if (group != null) {
        groups.add(group);
      }
    }
    if (diagnostics.stream().anyMatch(d -> d.severity() == dev.tollgate.core.Severity.ERROR)) {
      return new Result(null, diagnostics);
    }
    return new Result(
        new UnitTestFile(
            path,
            ruleFiles,
            top.keyPosition("rule_files"),
            evalInterval <= 0 ? 60_000 : evalInterval,
            order,
            groups),
        diagnostics);
  }

  private static List<String> strings(StrictYaml yaml, YNode node, String what) {
    List<String> out = new ArrayList<>();
    for (YNode item : yaml.seq(node, what)) {
      String s = yaml.string(item, what + " item");
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private TestGroup group(StrictYaml yaml, YNode node, int index) {
    YMap map = yaml.map(node, "a test group");
    if (map == null) {
      return null;
    }
    yaml.knownKeys(map, GROUP_KEYS, "main.testGroup");
    long interval = yaml.duration(map.child("interval"), "interval");
    List<InputSeries> series = new ArrayList<>();
    for (YNode s : yaml.seq(map.child("input_series"), "input_series")) {
      YMap sm = yaml.map(s, "an input series");
      if (sm == null) {
        continue;
      }
      yaml.knownKeys(sm, Set.of("series", "values"), "main.series");
      String desc = yaml.string(sm.child("series"), "series");
      String values = yaml.string(sm.child("values"), "values");
      series.add(
          new InputSeries(
              desc == null ? "" : desc,
              values == null ? "" : values,
              sm.get("series").map(YNode::position).orElse(sm.position()),
              sm.get("values").map(YNode::position).orElse(sm.position())));
    }
    List<AlertTest> alerts = new ArrayList<>();
    for (YNode a : yaml.seq(map.child("alert_rule_test"), "alert_rule_test")) {
      YMap am = yaml.map(a, "an alert test");
      if (am == null) {
        continue;
      }
      yaml.knownKeys(am, Set.of("eval_time", "alertname", "exp_alerts"), "main.alertTestCase");
      long evalTime = yaml.duration(am.child("eval_time"), "eval_time");
      String alertname = yaml.string(am.child("alertname"), "alertname");
      List<ExpectedAlert> expected = new ArrayList<>();
      for (YNode e : yaml.seq(am.child("exp_alerts"), "exp_alerts")) {
        YMap em = yaml.map(e, "an expected alert");
        if (em == null) {
          expected.add(new ExpectedAlert(Map.of(), Map.of()));
          continue;
        }
        yaml.knownKeys(em, Set.of("exp_labels", "exp_annotations"), "main.alert");
        expected.add(
            new ExpectedAlert(
                yaml.stringMap(em.child("exp_labels"), "exp_labels"),
                yaml.stringMap(em.child("exp_annotations"), "exp_annotations")));
      }
      alerts.add(
          new AlertTest(
              Math.max(evalTime, 0), alertname == null ? "" : alertname, expected, am.position()));
    }
    List<ExprTest> exprs = new ArrayList<>();
    for (YNode p : yaml.seq(map.child("promql_expr_test"), "promql_expr_test")) {
      YMap pm = yaml.map(p, "a promql test");
      if (pm == null) {
        continue;
      }
      yaml.knownKeys(pm, Set.of("expr", "eval_time", "exp_samples"), "main.promqlTestCase");
      String expr = yaml.string(pm.child("expr"), "expr");
      long evalTime = yaml.duration(pm.child("eval_time"), "eval_time");
      List<ExpectedSample> samples = new ArrayList<>();
      for (YNode s : yaml.seq(pm.child("exp_samples"), "exp_samples")) {
        YMap sm = yaml.map(s, "an expected sample");
        if (sm == null) {
          continue;
        }
        yaml.knownKeys(sm, Set.of("labels", "value"), "main.sample");
        String labels = yaml.string(sm.child("labels"), "labels");
        Double value =
            sm.has("value") ? yaml.number(sm.child("value"), "value") : Double.valueOf(0);
        samples.add(
            new ExpectedSample(
                labels == null ? "" : labels, value == null ? 0 : value, sm.position()));
      }
      exprs.add(
          new ExprTest(expr == null ? "" : expr, Math.max(evalTime, 0), samples, pm.position()));
    }
    String name = yaml.string(map.child("name"), "name");
    String url = yaml.string(map.child("external_url"), "external_url");
    return new TestGroup(
        index,
        name == null ? "" : name,
        map.position(),
        Math.max(interval, 0),
        series,
        alerts,
        exprs,
        yaml.stringMap(map.child("external_labels"), "external_labels"),
        url == null ? "" : url);
  }
}
