package dev.tollgate.flags.load;

import dev.tollgate.flags.eval.Engine;
import dev.tollgate.flags.eval.GoValues;
import dev.tollgate.flags.model.ComparisonType;
import dev.tollgate.flags.model.Constraint;
import dev.tollgate.flags.model.Distribution;
import dev.tollgate.flags.model.Flag;
import dev.tollgate.flags.model.FlagSet;
import dev.tollgate.flags.model.FlagType;
import dev.tollgate.flags.model.Namespace;
import dev.tollgate.flags.model.Rollout;
import dev.tollgate.flags.model.Rule;
import dev.tollgate.flags.model.Segment;
import dev.tollgate.flags.model.Variant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks beyond the schema: what {@code flipt validate} finds when it builds its snapshot
 * (unknown segments and variants, unparsable constraint values) and the mistakes it lets through
 * (distribution sums, duplicate variants, several defaults, fields a flag type ignores).
 */
final class FlagChecks {
  private FlagChecks() {}

  static void checkReferences(Flag flag, Map<String, Segment> segments, Findings findings) {
    int n = 0;
    for (Rule rule : flag.rules()) {
      n++;
      for (String key : rule.segmentKeys()) {
        if (!segments.containsKey(key)) {
          unknownSegment(flag, "rule " + n, key, rule.position(), findings);
        }
      }
    }
    n = 0;
    for (Rollout rollout : flag.rollouts()) {
      n++;
      for (String key : rollout.segmentKeys()) {
        if (!segments.containsKey(key)) {
          unknownSegment(flag, "rollout " + n, key, rollout.position(), findings);
        }
      }
    }
  }

  private static void unknownSegment(
      Flag flag, String where, String key, dev.tollgate.core.Position at, Findings findings) {
    findings.error(
        at,
        "flag-unknown-segment",
        "flag "
            + flag.namespace()
            + "/"
            + flag.key()
            + " "
            + where
            + " references unknown segment \""
            + key
            + "\"",
        "Define segment \"" + key + "\" in this namespace, in this file or one read before it.");
  }

  static void check(FlagSet set, Findings findings) {
    for (Namespace ns : set.namespaces().values()) {
      for (Segment segment : ns.segments().values()) {
        for (Constraint c : segment.constraints()) {
          checkConstraint(segment, c, findings);
        }
      }
      for (Flag flag : ns.flags().values()) {
        checkFlag(flag, findings);
      }
    }
  }

  private static void checkFlag(Flag flag, Findings findings) {
    Set<String> keys = new HashSet<>();
    int defaults = 0;
    for (Variant v : flag.variants()) {
      if (!keys.add(v.key())) {
        findings.error(
            v.position(),
            "flag-duplicate-key",
            "variant \"" + v.key() + "\" is defined twice in flag " + flag.key(),
            "Give every variant its own key.");
      }
      defaults += v.isDefault() ? 1 : 0;
    }
    if (defaults > 1) {
      findings.warning(
          flag.position(),
          "flag-multiple-defaults",
          "flag " + flag.key() + " marks " + defaults + " variants as default; Flipt uses the last",
          "Mark exactly one variant default: true.");
    }
    if (flag.type() == FlagType.BOOLEAN) {
      if (!flag.variants().isEmpty() || !flag.rules().isEmpty()) {
        findings.warning(
            flag.position(),
            "flag-ignored-field",
            "boolean flag " + flag.key() + " has variants or rules; Flipt ignores them",
            "Remove them, or make the flag a VARIANT_FLAG_TYPE.");
      }
      return;
    }
    if (!flag.rollouts().isEmpty()) {
      findings.warning(
          flag.position(),
          "flag-ignored-field",
          "variant flag " + flag.key() + " has rollouts; Flipt ignores them for variant flags",
          "Remove them, or make the flag a BOOLEAN_FLAG_TYPE.");
    }
    int n = 0;
    for (Rule rule : flag.rules()) {
      n++;
      checkDistributions(flag, n, rule, keys, findings);
    }
  }

  private static void checkDistributions(
      Flag flag, int n, Rule rule, Set<String> variants, Findings findings) {
    float sum = 0f;
    for (Distribution d : rule.distributions()) {
      if (!variants.contains(d.variantKey())) {
        findings.error(
            d.position(),
            "flag-unknown-variant",
            "flag "
                + flag.namespace()
                + "/"
                + flag.key()
                + " rule "
                + n
                + " references unknown variant \""
                + d.variantKey()
                + "\"",
            "Use one of the flag's variants: " + String.join(", ", variants) + ".");
      }
      sum += d.rollout();
    }
    if (rule.distributions().isEmpty() || sum == 100f) {
      return;
    }
    if (sum > 100f) {
      findings.error(
          rule.position(),
          "flag-distribution-sum",
          "rule " + n + " of flag " + flag.key() + " distributes " + pct(sum) + "% (> 100%)",
          "Lower the rollouts so they add up to 100. Flipt >= 2.9 would scale them down"
              + " proportionally; Flipt <= 2.8 would shrink the last variants.");
      return;
    }
    if (sum == 0f) {
      findings.warning(
          rule.position(),
          "flag-distribution-not-100",
          "rule "
              + n
              + " of flag "
              + flag.key()
              + " distributes 0%: every matching entity"
              + " gets the default variant and no later rule is tried",
          "Give the variants rollouts that add up to 100, or delete the rule.");
      return;
    }
    float[] rollouts = positive(rule);
    int[] bounds = Engine.V2.bounds(rollouts);
    StringBuilder shares = new StringBuilder();
    int prev = 0;
    int i = 0;
    for (Distribution d : rule.distributions()) {
      if (d.rollout() > 0) {
        shares
            .append(shares.length() == 0 ? "" : ", ")
            .append(d.variantKey())
            .append(' ')
            .append(pct((bounds[i] - prev) / 10f))
            .append('%');
        prev = bounds[i++];
      }
    }
    findings.warning(
        rule.position(),
        "flag-distribution-not-100",
        "rule "
            + n
            + " of flag "
            + flag.key()
            + " distributes "
            + pct(sum)
            + "%, not 100%."
            + " Flipt >= 2.9 scales the rollouts to their total ("
            + shares
            + "); Flipt <= 2.8 gives the remaining "
            + pct(100f - sum)
            + "% of matching entities no variant and tries no later rule",
        "Make the rollouts add up to 100 so that both server generations agree.");
  }

  private static float[] positive(Rule rule) {
    List<Distribution> ds = rule.distributions().stream().filter(d -> d.rollout() > 0).toList();
    float[] out = new float[ds.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ds.get(i).rollout();
    }
    return out;
  }

  static String pct(float value) {
    if (value == Math.rint(value)) {
      return String.valueOf((int) value);
    }
    return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
  }

  private static void checkConstraint(Segment segment, Constraint c, Findings findings) {
    String where = "segment " + segment.key() + " constraint on \"" + c.property() + "\"";
    if ((c.type() == ComparisonType.NUMBER || c.type() == ComparisonType.DATETIME)
        && c.operator().equals("lt")) {
      findings.warning(
          c.position(),
          "flag-operator-lt",
          where
              + " uses operator lt, which every released Flipt (<= 2.11) rejects in flipt"
              + " validate and git storage (its schema spells it \"le\")",
          "Use lte with the next lower value, or flip the comparison to gt/gte.");
    }
    if (ComparisonType.needsNoValue(c.operator())) {
      return;
    }
    String value = c.value();
    if (value == null) {
      findings.error(
          c.position(),
          "flag-constraint-value",
          where + " has operator " + c.operator() + " but no value",
          "Add value: for the comparison.");
      return;
    }
    boolean list = c.operator().equals("isoneof") || c.operator().equals("isnotoneof");
    String problem = null;
    switch (c.type()) {
      case STRING, ENTITY_ID -> {
        if (list && Json.stringList(value).isEmpty()) {
          problem = "is not a JSON array of strings";
        }
      }
      case NUMBER -> {
        if (list
            ? Json.numberList(value).isEmpty()
            : GoValues.isInvalid(GoValues.parseFloat(value))) {
          problem = list ? "is not a JSON array of numbers" : "is not a number";
        }
      }
      case DATETIME -> {
        if (GoValues.parseDateTime(value) == null) {
          problem = "is not an RFC 3339 timestamp or YYYY-MM-DD date";
        }
      }
      default -> {}
    }
    if (problem != null) {
      findings.error(
          c.position(),
          "flag-constraint-value",
          where + ": value \"" + value + "\" " + problem + "; the constraint can never match",
          list
              ? "Write the value as a JSON array string, e.g. '[\"a\",\"b\"]' or '[1,2]'."
              : c.type() == ComparisonType.DATETIME
                  ? "Write e.g. 2026-01-31T00:00:00Z or 2026-01-31."
                  : "Write a plain decimal number, e.g. 42 or 3.5.");
    }
  }
}
