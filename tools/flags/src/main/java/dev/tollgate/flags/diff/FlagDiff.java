package dev.tollgate.flags.diff;

import dev.tollgate.flags.eval.Engine;
import dev.tollgate.flags.exposure.Exposure;
import dev.tollgate.flags.exposure.Exposure.FlagExposure;
import dev.tollgate.flags.exposure.Exposure.Step;
import dev.tollgate.flags.model.Flag;
import dev.tollgate.flags.model.FlagSet;
import dev.tollgate.flags.model.FlagType;
import dev.tollgate.flags.model.Namespace;
import dev.tollgate.flags.model.Segment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a change to the flag files does to users: flags added, removed or renamed, exposure per
 * variant and segment before and after (exact bucket shares), and lifecycle metadata changes.
 */
public final class FlagDiff {
  private static final List<String> LIFECYCLE_KEYS =
      List.of("owner", "type", "created", "sunset", "permanent", "reason");

  private FlagDiff() {}

  /**
   * One line of the report. {@code kind}: added, removed, renamed, exposure, rules, lifecycle,
   * state, segment.
   */
  public record Change(String namespace, String flag, String kind, String text) {}

  public static List<Change> compare(FlagSet base, FlagSet head, Engine engine) {
    Map<String, Flag> before = index(base);
    Map<String, Flag> after = index(head);
    List<Change> changes = new ArrayList<>();
    Set<String> removed = new LinkedHashSet<>(before.keySet());
    removed.removeAll(after.keySet());
    Set<String> added = new LinkedHashSet<>(after.keySet());
    added.removeAll(before.keySet());
    for (String gone : List.copyOf(removed)) {
      Flag old = before.get(gone);
      for (String fresh : List.copyOf(added)) {
        Flag now = after.get(fresh);
        if (now.namespace().equals(old.namespace()) && sameBehaviour(old, now)) {
          changes.add(
              new Change(
                  now.namespace(),
                  now.key(),
                  "renamed",
                  "from `" + old.key() + "` (same rules, same exposure)"));
          removed.remove(gone);
          added.remove(fresh);
          break;
        }
      }
    }
    for (String key : added) {
      Flag flag = after.get(key);
      changes.add(
          new Change(
              flag.namespace(),
              flag.key(),
              "added",
              flag.type()
                  + " flag, "
                  + (flag.type() == FlagType.BOOLEAN
                      ? "fall-through " + flag.enabled()
                      : flag.enabled() ? "enabled" : "disabled")
                  + " — "
                  + summary(Exposure.of(flag, engine), head)));
    }
    for (String key : removed) {
      Flag flag = before.get(key);
      changes.add(
          new Change(
              flag.namespace(),
              flag.key(),
              "removed",
              "everyone now gets the application's code default"));
    }
    for (Map.Entry<String, Flag> e : after.entrySet()) {
      Flag old = before.get(e.getKey());
      if (old != null) {
        changed(old, e.getValue(), base, head, engine, changes);
      }
    }
    return changes;
  }

  private static void changed(
      Flag old, Flag now, FlagSet base, FlagSet head, Engine engine, List<Change> out) {
    String ns = now.namespace();
    if (old.enabled() != now.enabled()) {
      out.add(
          new Change(
              ns,
              now.key(),
              "state",
              (now.type() == FlagType.BOOLEAN
                  ? "fall-through value " + old.enabled() + " → " + now.enabled()
                  : now.enabled()
                      ? "enabled (rules now apply)"
                      : "disabled (everyone gets the default)")));
    }
    FlagExposure before = Exposure.of(old, engine);
    FlagExposure after = Exposure.of(now, engine);
    Map<String, Step> oldSteps = new LinkedHashMap<>();
    before.steps().forEach(s -> oldSteps.putIfAbsent(signature(s), s));
    for (Step step : after.steps()) {
      Step previous = oldSteps.remove(signature(step));
      String who = who(step, head, now.namespace());
      if (previous == null) {
        out.add(
            new Change(
                ns,
                now.key(),
                "rules",
                (now.type() == FlagType.BOOLEAN ? "new rollout " : "new rule ")
                    + step.index()
                    + " for "
                    + who
                    + ": "
                    + shares(step)));
        continue;
      }
      Set<String> answers = new LinkedHashSet<>(step.shares().keySet());
      answers.addAll(previous.shares().keySet());
      List<String> parts = new ArrayList<>();
      for (String answer : answers) {
        double was = previous.shares().getOrDefault(answer, 0.0);
        double is = step.shares().getOrDefault(answer, 0.0);
        if (Math.abs(was - is) > 1e-9) {
          String part = answer + " " + pct(was) + " → " + pct(is) + " of " + who;
          if (is > was) {
            part += "; +" + pct(is - was) + " newly exposed";
          }
          parts.add(part);
        }
      }
      if (!parts.isEmpty()) {
        out.add(new Change(ns, now.key(), "exposure", String.join("; ", parts)));
      }
    }
    for (Step gone : oldSteps.values()) {
      out.add(
          new Change(
              ns,
              now.key(),
              "rules",
              (now.type() == FlagType.BOOLEAN ? "rollout for " : "rule for ")
                  + who(gone, base, old.namespace())
                  + " removed (was "
                  + shares(gone)
                  + ")"));
    }
    for (String key : LIFECYCLE_KEYS) {
      String was = old.metadata().get(key);
      String is = now.metadata().get(key);
      if (!Objects.equals(was, is)) {
        out.add(
            new Change(
                ns,
                now.key(),
                "lifecycle",
                key
                    + " "
                    + (was == null ? "(unset)" : was)
                    + " → "
                    + (is == null ? "(unset)" : is)));
      }
    }
    for (String segment : segmentsOf(now)) {
      Segment a = base.namespace(ns).map(n -> n.segments().get(segment)).orElse(null);
      Segment b = head.namespace(ns).map(n -> n.segments().get(segment)).orElse(null);
      if (a != null && b != null && !sameSegment(a, b)) {
        out.add(
            new Change(
                ns,
                now.key(),
                "segment",
                "segment `" + segment + "` changed its constraints, so who matches it changed"));
      }
    }
  }

  private static Set<String> segmentsOf(Flag flag) {
    Set<String> out = new LinkedHashSet<>();
    flag.rules().forEach(r -> out.addAll(r.segmentKeys()));
    flag.rollouts().forEach(r -> out.addAll(r.segmentKeys()));
    return out;
  }

  private static boolean sameSegment(Segment a, Segment b) {
    if (a.matchType() != b.matchType() || a.constraints().size() != b.constraints().size()) {
      return false;
    }
    for (int i = 0; i < a.constraints().size(); i++) {
      var x = a.constraints().get(i);
      var y = b.constraints().get(i);
      if (x.type() != y.type()
          || !x.property().equals(y.property())
          || !x.operator().equals(y.operator())
          || !Objects.equals(x.value(), y.value())) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameBehaviour(Flag a, Flag b) {
    return a.type() == b.type()
        && a.enabled() == b.enabled()
        && Exposure.of(a, Engine.V2).steps().equals(Exposure.of(b, Engine.V2).steps())
        && a.defaultVariant().map(v -> v.key()).equals(b.defaultVariant().map(v -> v.key()));
  }

  private static String signature(Step step) {
    return (step.segments().isEmpty()
            ? "threshold#" + step.index()
            : String.join(",", step.segments()))
        + (step.and() ? "&" : "|");
  }

  /** "all users" for steps whose segments have no constraints, else the segment expression. */
  static String who(Step step, FlagSet set, String namespace) {
    if (step.segments().isEmpty()) {
      return step.index() == 1 ? "all users" : "the users reaching rollout " + step.index();
    }
    Namespace ns = set.namespace(namespace).orElse(null);
    boolean open =
        ns != null
            && step.segments().stream()
                .map(k -> ns.segments().get(k))
                .allMatch(s -> s != null && s.constraints().isEmpty());
    String target =
        open
            ? "all users"
            : "segment " + String.join(step.and() ? " AND " : " OR ", step.segments());
    return step.index() == 1 ? target : target + " (rule " + step.index() + ")";
  }

  private static String summary(FlagExposure x, FlagSet set) {
    if (x.steps().isEmpty()) {
      return "everyone gets " + x.fallThrough();
    }
    List<String> parts = new ArrayList<>();
    for (Step step : x.steps()) {
      parts.add(who(step, set, x.namespace()) + ": " + shares(step));
    }
    return String.join("; ", parts) + "; otherwise " + x.fallThrough();
  }

  private static String shares(Step step) {
    List<String> parts = new ArrayList<>();
    step.shares().forEach((k, v) -> parts.add(k + " " + pct(v)));
    if (step.noAnswerShare() > 0) {
      parts.add("no variant " + pct(step.noAnswerShare()));
    }
    return String.join(", ", parts);
  }

  static String pct(double share) {
    String s = String.format(Locale.ROOT, "%.1f", share * 100);
    return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + "%";
  }

  private static Map<String, Flag> index(FlagSet set) {
    Map<String, Flag> out = new LinkedHashMap<>();
    set.namespaces()
        .values()
        .forEach(ns -> ns.flags().values().forEach(f -> out.put(f.namespace() + "/" + f.key(), f)));
    return out;
  }

  /** The report as Markdown for a pull-request comment. */
  public static String markdown(List<Change> changes, String base, String head) {
    StringBuilder out = new StringBuilder("### Flag changes: `" + base + "` → `" + head + "`\n\n");
    if (changes.isEmpty()) {
      return out.append("No flag changes affect users.\n").toString();
    }
    for (Change c : changes) {
      out.append("- **`")
          .append(c.namespace())
          .append('/')
          .append(c.flag())
          .append("`** ")
          .append(c.kind())
          .append(": ")
          .append(c.text())
          .append('\n');
    }
    return out.toString();
  }

  /** The report as JSON: {@code {"base","head","changes":[{namespace,flag,kind,text}]}}. */
  public static String json(List<Change> changes, String base, String head) {
    List<Object> items = new ArrayList<>();
    for (Change c : changes) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("namespace", c.namespace());
      m.put("flag", c.flag());
      m.put("kind", c.kind());
      m.put("text", c.text());
      items.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("base", base);
    root.put("head", head);
    root.put("changes", items);
    return dev.tollgate.flags.load.Json.write(root);
  }
}
