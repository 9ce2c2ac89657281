package dev.tollgate.rules;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.core.yaml.YNode.YScalar;
import dev.tollgate.promql.PromQL;
import dev.tollgate.promql.PromQLParseException;
import dev.tollgate.rules.template.AlertTemplates;
import dev.tollgate.rules.template.TemplateException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a rule file tree with Prometheus's {@code rulefmt} rules (2.42, plus the 3.x
 * group fields when allowed), keeping positions for every message.
 */
public final class RuleFileParser {

  private static final Set<String> GROUP_KEYS_2 = Set.of("name", "interval", "limit", "rules");
  private static final Set<String> GROUP_KEYS_3 =
      Set.of("name", "interval", "limit", "rules", "query_offset", "labels");
  private static final Set<String> RULE_KEYS =
      Set.of("record", "alert", "expr", "for", "keep_firing_for", "labels", "annotations");
  private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  /** The parsed file (rules with errors left out) and every problem found. */
  public record Result(RuleFile file, List<Diagnostic> diagnostics) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == dev.tollgate.core.Severity.ERROR);
    }
  }

  private final boolean allow3x;

  /** {@code allow3x}: accept {@code query_offset} and group {@code labels} (Prometheus 3.x). */
  public RuleFileParser(boolean allow3x) {
    this.allow3x = allow3x;
  }

  /** Parses the value of {@code groups}' parent: a rule file root or a PrometheusRule spec. */
  public Result parse(YNode root, String path) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    StrictYaml yaml = new StrictYaml(diagnostics);
    List<RuleGroup> groups = new ArrayList<>();
    YMap top = root == null ? null : yaml.map(root, "the rule file");
    if (top == null) {
      return new Result(new RuleFile(path, groups), diagnostics);
    }
    yaml.knownKeys(top, Set.of("groups"), "rulefmt.RuleGroups");
    Map<String, Position> groupNames = new HashMap<>();
    Map<String, Position> ruleKeys = new HashMap<>();
    for (YNode groupNode : yaml.seq(top.child("groups"), "groups")) {
      YMap group = yaml.map(groupNode, "a rule group");
      if (group == null) {
        continue;
      }
      yaml.knownKeys(group, allow3x ? GROUP_KEYS_3 : GROUP_KEYS_2, "rulefmt.RuleGroup");
      String name = yaml.string(group.child("name"), "group name");
      Position namePos = group.get("name").map(YNode::position).orElse(group.position());
      if (name == null || name.isEmpty()) {
        yaml.error(
            namePos,
            "rules-group-name",
            "rule group has no name",
            "Give every group a unique name.");
        name = "";
      } else if (groupNames.containsKey(name)) {
        yaml.error(
            namePos,
            "rules-group-name",
            "groupname: \""
                + name
                + "\" is repeated in the same file (first at line "
                + groupNames.get(name).line()
                + ")",
            "Rename one of the groups; group names must be unique per file.");
      } else {
        groupNames.put(name, namePos);
      }
      long interval = yaml.duration(group.child("interval"), "interval");
      int limit = yaml.integer(group.child("limit"), "limit");
      long queryOffset = yaml.duration(group.child("query_offset"), "query_offset");
      // 3.x group labels apply to every rule; a rule's own label of the same name wins
      Map<String, String> groupLabels = yaml.stringMap(group.child("labels"), "labels");
      List<RuleDef> rules = new ArrayList<>();
      int index = 0;
      for (YNode ruleNode : yaml.seq(group.child("rules"), "rules")) {
        index++;
        RuleDef rule = rule(yaml, ruleNode, name, index, groupLabels);
        if (rule != null) {
          rules.add(rule);
          String key = rule.name() + new java.util.TreeMap<>(rule.labels());
          Position first = ruleKeys.putIfAbsent(key, rule.position());
          if (first != null) {
            diagnostics.add(
                Diagnostic.warning(
                    rule.position(),
                    "rules-duplicate",
                    "duplicate rule \""
                        + rule.name()
                        + "\" with the same labels (first at line "
                        + first.line()
                        + ")",
                    "Remove one of the rules or give them different labels."));
          }
        }
      }
      groups.add(
          new RuleGroup(
              path,
              name,
              group.position(),
              Math.max(interval, 0),
              limit,
              Math.max(queryOffset, 0),
              rules));
    }
    return new Result(new RuleFile(path, groups), diagnostics);
  }

  private RuleDef rule(
      StrictYaml yaml, YNode node, String group, int index, Map<String, String> groupLabels) {
    YMap rule = yaml.map(node, "a rule");
    if (rule == null) {
      return null;
    }
    int before = yaml.diagnostics().size();
    yaml.knownKeys(rule, RULE_KEYS, "rulefmt.RuleNode");
    String record = yaml.string(rule.child("record"), "record");
    String alert = yaml.string(rule.child("alert"), "alert");
    boolean isAlert = alert != null && !alert.isEmpty();
    boolean isRecord = record != null && !record.isEmpty();
    String name = isAlert ? alert : isRecord ? record : "";
    String where = "group \"" + group + "\", rule " + index + ", \"" + name + "\": ";
    if (isAlert && isRecord) {
      yaml.error(
          rule.keyPosition("record"),
          "rules-kind",
          where + "only one of 'record' and 'alert' must be set",
          "Split it into a recording rule and an alerting rule.");
    } else if (!isAlert && !isRecord) {
      yaml.error(
          rule.position(),
          "rules-kind",
          where + "one of 'record' or 'alert' must be set",
          "Add record: <metric name> or alert: <alert name>.");
    }
    String expr = yaml.string(rule.child("expr"), "expr");
    Position exprPos = rule.get("expr").map(YNode::position).orElse(rule.position());
    if (expr == null || expr.isEmpty()) {
      yaml.error(
          exprPos,
          "rules-expr",
          where + "field 'expr' must be set in rule",
          "Add the PromQL expression the rule evaluates.");
    } else {
      try {
        PromQL.parse(expr);
      } catch (PromQLParseException e) {
        yaml.error(
            ExprPositions.at(rule, "expr", expr, e.startOffset()),
            "promql-syntax",
            where + "could not parse expression: " + e.getMessage(),
            "Fix the PromQL syntax; try the query in the Prometheus UI.");
      }
    }
    long forMillis = yaml.duration(rule.child("for"), "for");
    long keepFiring = yaml.duration(rule.child("keep_firing_for"), "keep_firing_for");
    Map<String, String> labels = yaml.stringMap(rule.child("labels"), "labels");
    Map<String, String> annotations = yaml.stringMap(rule.child("annotations"), "annotations");
    if (isRecord && !isAlert) {
      for (String field : List.of("annotations", "for", "keep_firing_for")) {
        if (rule.has(field)) {
          yaml.error(
              rule.keyPosition(field),
              "rules-record-field",
              where + "invalid field '" + field + "' in recording rule",
              "Remove " + field + "; only alerting rules have it.");
        }
      }
      if (!METRIC_NAME.matcher(record).matches()) {
        yaml.error(
            rule.get("record").get().position(),
            "rules-record-name",
            where + "invalid recording rule name: " + record,
            "Use a metric name: letters, digits, '_' and ':', not starting with a digit.");
      }
    }
    YMap labelMap = rule.map("labels").orElse(null);
    for (String label : labels.keySet()) {
      if (!LABEL_NAME.matcher(label).matches() || label.equals("__name__")) {
        yaml.error(
            labelMap.keyPosition(label),
            "rules-label-name",
            where + "invalid label name: " + label,
            "Use letters, digits and '_', not starting with a digit; __name__ cannot be set here.");
      }
    }
    YMap annotationMap = rule.map("annotations").orElse(null);
    for (String annotation : annotations.keySet()) {
      if (!LABEL_NAME.matcher(annotation).matches()) {
        yaml.error(
            annotationMap.keyPosition(annotation),
            "rules-annotation-name",
            where + "invalid annotation name: " + annotation,
            "Use letters, digits and '_', not starting with a digit.");
      }
    }
    if (isAlert) {
      checkTemplates(yaml, where, name, "label", labels, labelMap);
      checkTemplates(yaml, where, name, "annotation", annotations, annotationMap);
    }
    if (yaml.diagnostics().size() > before
        && yaml.diagnostics().subList(before, yaml.diagnostics().size()).stream()
            .anyMatch(d -> d.severity() == dev.tollgate.core.Severity.ERROR)) {
      return null;
    }
    return new RuleDef(
        isAlert,
        name,
        rule.position(),
        expr,
        exprPos,
        Math.max(forMillis, 0),
        Math.max(keepFiring, 0),
        merged(groupLabels, labels),
        new LinkedHashMap<>(annotations));
  }

  private static void checkTemplates(
      StrictYaml yaml,
      String where,
      String alert,
      String kind,
      Map<String, String> texts,
      YMap map) {
    for (Map.Entry<String, String> e : texts.entrySet()) {
      try {
        AlertTemplates.compile(alert, e.getValue());
      } catch (TemplateException ex) {
        yaml.error(
            ExprPositions.at(map, e.getKey(), e.getValue(), ex.offset()),
            "rules-template",
            where + kind + " \"" + e.getKey() + "\": template: " + ex.getMessage(),
            "Fix the Go template syntax; variables are $labels, $value, $externalLabels and $externalURL.");
      }
    }
  }

  private static Map<String, String> merged(Map<String, String> group, Map<String, String> rule) {
    Map<String, String> out = new LinkedHashMap<>(group);
    out.putAll(rule);
    return out;
  }

  static boolean isScalar(YNode node) {
    return node instanceof YScalar;
  }
}
