package dev.tollgate.rules.unittest;

import dev.tollgate.rules.RuleDef;
import dev.tollgate.rules.RuleGroup;
import dev.tollgate.rules.unittest.UnitTestFile.ExprTest;
import dev.tollgate.rules.unittest.UnitTestFile.TestGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which rules the tests exercise (prometheus#11848): an alerting rule counts when an {@code
 * alert_rule_test} names it; a recording rule when a {@code promql_expr_test} queries its metric,
 * or when a rule that counts reads it (a recording rule feeding a tested alert is exercised too).
 */
public final class Coverage {

  /** A rule and where it is defined. */
  public record RuleRef(String file, String group, RuleDef rule) {}

  private final List<RuleRef> rules = new ArrayList<>();
  private final Set<String> testedAlerts = new HashSet<>();
  private final List<String> queries = new ArrayList<>();

  Coverage(List<RuleGroup> groups) {
    for (RuleGroup g : groups) {
      for (RuleDef r : g.rules()) {
        rules.add(new RuleRef(g.file(), g.name(), r));
      }
    }
  }

  void record(Set<String> alerts, TestGroup group) {
    testedAlerts.addAll(alerts);
    for (ExprTest t : group.exprTests()) {
      queries.add(t.expr());
    }
  }

  public List<RuleRef> rules() {
    return List.copyOf(rules);
  }

  /** The rules no test exercised, in file order. */
  public List<RuleRef> untested() {
    Map<RuleRef, Boolean> covered = new LinkedHashMap<>();
    for (RuleRef r : rules) {
      boolean direct =
          r.rule().alert()
              ? testedAlerts.contains(r.rule().name())
              : queries.stream().anyMatch(q -> mentions(q, r.rule().name()));
      covered.put(r, direct);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (RuleRef r : rules) {
        if (covered.get(r) || r.rule().alert()) {
          continue;
        }
        for (RuleRef reader : rules) {
          if (covered.get(reader) && mentions(reader.rule().expr(), r.rule().name())) {
            covered.put(r, true);
            changed = true;
            break;
          }
        }
      }
    }
    List<RuleRef> out = new ArrayList<>();
    covered.forEach(
        (r, c) -> {
          if (!c) {
            out.add(r);
          }
        });
    return out;
  }

  private static boolean mentions(String query, String metric) {
    return Pattern.compile("(?<![a-zA-Z0-9_:])" + Pattern.quote(metric) + "(?![a-zA-Z0-9_:])")
        .matcher(query)
        .find();
  }
}
