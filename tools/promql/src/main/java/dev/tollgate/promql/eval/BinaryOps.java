package dev.tollgate.promql.eval;

import dev.tollgate.promql.Labels;
import dev.tollgate.promql.ast.BinaryExpr;
import dev.tollgate.promql.ast.BinaryOp;
import dev.tollgate.promql.ast.ValueType;
import dev.tollgate.promql.ast.VectorMatching;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Binary operators between scalars and vectors (Prometheus's VectorBinop & co). */
final class BinaryOps {
  private BinaryOps() {}

  /** Go's math.Pow where it differs from Java's (x^0 = 1, 1^y = 1, (-1)^±Inf = 1). */
  static double pow(double x, double y) {
    if (y == 0 || x == 1) {
      return 1;
    }
    if (x == -1 && Double.isInfinite(y)) {
      return 1;
    }
    return Math.pow(x, y);
  }

  /** The arithmetic result, or for comparisons the lhs value (see {@link #keep}). */
  static double arith(BinaryOp op, double l, double r) {
    return switch (op) {
      case ADD -> l + r;
      case SUB -> l - r;
      case MUL -> l * r;
      case DIV -> l / r;
      case MOD -> l % r;
      case POW -> pow(l, r);
      case ATAN2 -> Math.atan2(l, r);
      default -> l;
    };
  }

  static boolean keep(BinaryOp op, double l, double r) {
    return switch (op) {
      case EQLC -> l == r;
      case NEQ -> l != r;
      case GTR -> l > r;
      case LSS -> l < r;
      case GTE -> l >= r;
      case LTE -> l <= r;
      default -> true;
    };
  }

  static double scalarOp(BinaryOp op, double l, double r, boolean returnBool) {
    if (op.isComparison()) {
      return keep(op, l, r) ? 1 : 0;
    }
    return arith(op, l, r);
  }

  /** Arithmetic drops __name__; 2.42 did not count atan2 as arithmetic here. */
  static boolean dropsName(BinaryOp op, boolean v3) {
    if (op == BinaryOp.ATAN2) {
      return v3;
    }
    return !op.isComparison() && !op.isSetOperator();
  }

  static List<SeriesBuf> eval(Evaluator ev, BinaryExpr b) {
    ValueType lt = b.lhs().type();
    ValueType rt = b.rhs().type();
    if (lt == ValueType.SCALAR && rt == ValueType.VECTOR) {
      return vectorScalar(ev, b, ev.evalVector(b.rhs()), ev.evalScalar(b.lhs()), true);
    }
    if (lt == ValueType.VECTOR && rt == ValueType.SCALAR) {
      return vectorScalar(ev, b, ev.evalVector(b.lhs()), ev.evalScalar(b.rhs()), false);
    }
    List<SeriesBuf> lhs = ev.evalVector(b.lhs());
    List<SeriesBuf> rhs = ev.evalVector(b.rhs());
    StepReader lr = new StepReader(lhs);
    StepReader rr = new StepReader(rhs);
    Collector out = new Collector(ev);
    VectorMatching m = b.matching();
    Signatures sigs = new Signatures(m);
    for (int i = 0; i < ev.steps(); i++) {
      long t = ev.stepTime(i);
      List<Smp> l = lr.at(t);
      List<Smp> r = rr.at(t);
      List<Smp> res =
          switch (b.op()) {
            case LAND -> and(l, r, sigs);
            case LOR -> or(l, r, sigs);
            case LUNLESS -> unless(l, r, sigs);
            default -> vectorVector(ev, b, l, r, m, sigs);
          };
      out.addAll(res, t);
    }
    return out.result();
  }

  private static List<SeriesBuf> vectorScalar(
      Evaluator ev, BinaryExpr b, List<SeriesBuf> vec, double[] scalar, boolean swap) {
    BinaryOp op = b.op();
    List<SeriesBuf> out = new ArrayList<>(vec.size());
    for (SeriesBuf s : vec) {
      SeriesBuf o = new SeriesBuf(s.labels, s.dropName, s.n);
      for (int j = 0; j < s.n; j++) {
        int step = (int) ((s.ts[j] - ev.start) / ev.interval);
        double lf = s.vs[j];
        double rf = scalar[step];
        if (swap) {
          double tmp = lf;
          lf = rf;
          rf = tmp;
        }
        double value = arith(op, lf, rf);
        boolean keep = keep(op, lf, rf);
        if (op.isComparison() && swap) {
          value = rf;
        }
        if (b.returnBool()) {
          value = keep ? 1 : 0;
          keep = true;
        }
        if (keep) {
          o.add(s.ts[j], value);
        }
      }
      if (o.n > 0) {
        if (dropsName(op, ev.v3) || b.returnBool()) {
          ev.dropName(o);
        }
        out.add(o);
      }
    }
    return ev.v3 ? out : ev.mergeDuplicates(out);
  }

  /** The matching signature: on-labels, or all labels minus ignoring-labels and __name__. */
  static Labels signature(Labels l, VectorMatching m) {
    if (m.on()) {
      return l.keep(m.matchingLabels());
    }
    List<String> drop = new ArrayList<>(m.matchingLabels());
    drop.add(Labels.METRIC_NAME);
    return l.drop(drop);
  }

  /** Matching signatures, computed once per distinct label set for the whole query range. */
  static final class Signatures {
    private final VectorMatching m;
    private final Map<Labels, Labels> cache = new HashMap<>();

    Signatures(VectorMatching m) {
      this.m = m;
    }

    Labels of(Labels l) {
      Labels sig = cache.get(l);
      if (sig == null) {
        sig = signature(l, m);
        cache.put(l, sig);
      }
      return sig;
    }
  }

  private static List<Smp> and(List<Smp> l, List<Smp> r, Signatures sigs) {
    Set<Labels> right = new HashSet<>();
    for (Smp s : r) {
      right.add(sigs.of(s.labels));
    }
    List<Smp> out = new ArrayList<>();
    for (Smp s : l) {
      if (right.contains(sigs.of(s.labels))) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<Smp> or(List<Smp> l, List<Smp> r, Signatures sigs) {
    Set<Labels> left = new HashSet<>();
    List<Smp> out = new ArrayList<>(l);
    for (Smp s : l) {
      left.add(sigs.of(s.labels));
    }
    for (Smp s : r) {
      if (!left.contains(sigs.of(s.labels))) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<Smp> unless(List<Smp> l, List<Smp> r, Signatures sigs) {
    Set<Labels> right = new HashSet<>();
    for (Smp s : r) {
      right.add(sigs.of(s.labels));
    }
    List<Smp> out = new ArrayList<>();
    for (Smp s : l) {
      if (!right.contains(sigs.of(s.labels))) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<Smp> vectorVector(
      Evaluator ev, BinaryExpr b, List<Smp> lhs, List<Smp> rhs, VectorMatching m, Signatures sigs) {
    boolean fills = m.fillLeft() != null || m.fillRight() != null;
    if (!fills && (lhs.isEmpty() || rhs.isEmpty())) {
      return List.of();
    }
    boolean oneToMany = m.card() == VectorMatching.Cardinality.ONE_TO_MANY;
    if (oneToMany) {
      List<Smp> tmp = lhs;
      lhs = rhs;
      rhs = tmp;
    }
    Map<Labels, Smp> rightSigs = new HashMap<>();
    for (Smp rs : rhs) {
      Labels sig = sigs.of(rs.labels);
      Smp dup = rightSigs.put(sig, rs);
      if (dup != null) {
        String oneSide = oneToMany ? "left" : "right";
        Labels matched =
            m.on() ? rs.labels.keep(m.matchingLabels()) : rs.labels.drop(m.matchingLabels());
        throw new EvalError(
            "found duplicate series for the match group "
                + matchedString(matched)
                + " on the "
                + oneSide
                + " hand-side of the operation: ["
                + fullString(rs.labels)
                + ", "
                + fullString(dup.labels)
                + "];many-to-many matching not allowed: matching labels must be unique on one side");
      }
    }
    // After the one-to-many swap, fill_left stands in for the internal left ("many") side and
    // fill_right for the internal right ("one") side, as the 3.x engine does.
    Pairing pairing = new Pairing(ev, b, m, oneToMany);
    Set<Labels> leftSigs = new HashSet<>();
    for (Smp ls : lhs) {
      Labels sig = sigs.of(ls.labels);
      leftSigs.add(sig);
      Smp rs = rightSigs.get(sig);
      if (rs == null) {
        if (m.fillRight() == null) {
          continue;
        }
        rs = new Smp(sig, m.fillRight(), ls.t, false);
      }
      pairing.combine(ls, rs, sig);
    }
    if (m.fillLeft() != null) {
      for (Smp rs : rhs) {
        Labels sig = sigs.of(rs.labels);
        if (!leftSigs.contains(sig)) {
          pairing.combine(new Smp(sig, m.fillLeft(), rs.t, false), rs, sig);
        }
      }
    }
    return pairing.out;
  }

  /** Combines matched pairs into output samples, enforcing Prometheus's uniqueness rules. */
  private static final class Pairing {
    private final Evaluator ev;
    private final BinaryExpr b;
    private final VectorMatching m;
    private final boolean oneToMany;
    private final Map<Labels, Set<Labels>> matched = new HashMap<>();
    final List<Smp> out = new ArrayList<>();

    Pairing(Evaluator ev, BinaryExpr b, VectorMatching m, boolean oneToMany) {
      this.ev = ev;
      this.b = b;
      this.m = m;
      this.oneToMany = oneToMany;
    }

    void combine(Smp ls, Smp rs, Labels sig) {
      BinaryOp op = b.op();
      Set<Labels> inserted = matched.get(sig);
      boolean oneToOne = m.card() == VectorMatching.Cardinality.ONE_TO_ONE;
      if (ev.v3 && oneToOne) {
        // 3.x reports ambiguous matches before comparison filtering drops samples.
        if (inserted != null) {
          throw new EvalError(
              "multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)");
        }
        matched.put(sig, Set.of());
      }
      double fl = oneToMany ? rs.f : ls.f;
      double fr = oneToMany ? ls.f : rs.f;
      double value = arith(op, fl, fr);
      boolean keep = keep(op, fl, fr);
      if (b.returnBool()) {
        value = keep ? 1 : 0;
      } else if (!keep) {
        return;
      }
      boolean dropName = dropsName(op, ev.v3) || b.returnBool();
      Labels metric = resultMetric(ls.labels, rs.labels, m, dropName && !ev.v3);
      if (oneToOne) {
        if (!ev.v3 && inserted != null) {
          throw new EvalError(
              "multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)");
        }
        matched.put(sig, Set.of());
      } else {
        if (inserted == null) {
          inserted = new HashSet<>();
          matched.put(sig, inserted);
        }
        if (!inserted.add(metric)) {
          throw new EvalError(
              "multiple matches for labels: grouping labels must ensure unique matches");
        }
      }
      boolean flag = ev.v3 && (dropName || ls.dropName);
      out.add(new Smp(metric, value, ls.t, flag));
    }
  }

  private static Labels resultMetric(Labels lhs, Labels rhs, VectorMatching m, boolean dropName) {
    Labels.Builder lb = lhs.toBuilder();
    if (dropName) {
      lb.del(Labels.METRIC_NAME);
    }
    if (m.card() == VectorMatching.Cardinality.ONE_TO_ONE) {
      if (m.on()) {
        Labels kept = lb.build().keep(m.matchingLabels());
        lb = kept.toBuilder();
      } else {
        for (String l : m.matchingLabels()) {
          lb.del(l);
        }
      }
    }
    for (String ln : m.include()) {
      String v = rhs.get(ln);
      if (v != null && !v.isEmpty()) {
        lb.set(ln, v);
      } else {
        lb.del(ln);
      }
    }
    return lb.build();
  }

  private static String matchedString(Labels l) {
    return fullString(l);
  }

  /** Prometheus's Labels.String(): {a="b", c="d"} with __name__ as a normal label. */
  static String fullString(Labels l) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < l.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(l.nameAt(i)).append('=').append(dev.tollgate.promql.GoStrings.quote(l.valueAt(i)));
    }
    return sb.append('}').toString();
  }
}
