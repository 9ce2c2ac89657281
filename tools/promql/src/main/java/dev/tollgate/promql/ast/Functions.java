package dev.tollgate.promql.ast;

import static dev.tollgate.promql.ast.ValueType.MATRIX;
import static dev.tollgate.promql.ast.ValueType.SCALAR;
import static dev.tollgate.promql.ast.ValueType.STRING;
import static dev.tollgate.promql.ast.ValueType.VECTOR;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The function catalog (Prometheus {@code parser/functions.go}, v3.14 plus 2.42's holt_winters).
 */
public final class Functions {
  private static final Map<String, FunctionDef> BY_NAME = new HashMap<>();

  static {
    for (String n :
        new String[] {
          "abs",
          "acos",
          "acosh",
          "asin",
          "asinh",
          "atan",
          "atanh",
          "ceil",
          "cos",
          "cosh",
          "deg",
          "exp",
          "floor",
          "ln",
          "log10",
          "log2",
          "rad",
          "sgn",
          "sin",
          "sinh",
          "sort",
          "sort_desc",
          "sqrt",
          "tan",
          "tanh",
          "timestamp",
          "absent",
          "histogram_avg",
          "histogram_count",
          "histogram_sum",
          "histogram_stddev",
          "histogram_stdvar"
        }) {
      def(n, List.of(VECTOR), 0, VECTOR, false);
    }
    for (String n :
        new String[] {
          "absent_over_time",
          "avg_over_time",
          "changes",
          "count_over_time",
          "delta",
          "deriv",
          "first_over_time",
          "idelta",
          "increase",
          "irate",
          "last_over_time",
          "max_over_time",
          "min_over_time",
          "present_over_time",
          "rate",
          "resets",
          "stddev_over_time",
          "stdvar_over_time",
          "sum_over_time"
        }) {
      def(n, List.of(MATRIX), 0, VECTOR, false);
    }
    for (String n :
        new String[] {
          "mad_over_time",
          "ts_of_first_over_time",
          "ts_of_last_over_time",
          "ts_of_max_over_time",
          "ts_of_min_over_time"
        }) {
      def(n, List.of(MATRIX), 0, VECTOR, true);
    }
    for (String n :
        new String[] {
          "day_of_month",
          "day_of_week",
          "day_of_year",
          "days_in_month",
          "hour",
          "minute",
          "month",
          "year"
        }) {
      def(n, List.of(VECTOR), 1, VECTOR, false);
    }
    def("clamp", List.of(VECTOR, SCALAR, SCALAR), 0, VECTOR, false);
    def("clamp_max", List.of(VECTOR, SCALAR), 0, VECTOR, false);
    def("clamp_min", List.of(VECTOR, SCALAR), 0, VECTOR, false);
    def("double_exponential_smoothing", List.of(MATRIX, SCALAR, SCALAR), 0, VECTOR, true);
    def("holt_winters", List.of(MATRIX, SCALAR, SCALAR), 0, VECTOR, false);
    def("histogram_fraction", List.of(SCALAR, SCALAR, VECTOR), 0, VECTOR, false);
    def("histogram_quantile", List.of(SCALAR, VECTOR), 0, VECTOR, false);
    def("histogram_quantiles", List.of(VECTOR, STRING, SCALAR, SCALAR), 9, VECTOR, true);
    def("info", List.of(VECTOR, VECTOR), 1, VECTOR, true);
    def("label_join", List.of(VECTOR, STRING, STRING, STRING), -1, VECTOR, false);
    def("label_replace", List.of(VECTOR, STRING, STRING, STRING, STRING), 0, VECTOR, false);
    def("max_of", List.of(SCALAR, SCALAR), 0, SCALAR, true);
    def("min_of", List.of(SCALAR, SCALAR), 0, SCALAR, true);
    def("pi", List.of(), 0, SCALAR, false);
    def("time", List.of(), 0, SCALAR, false);
    def("start", List.of(), 0, SCALAR, true);
    def("end", List.of(), 0, SCALAR, true);
    def("range", List.of(), 0, SCALAR, true);
    def("step", List.of(), 0, SCALAR, true);
    def("predict_linear", List.of(MATRIX, SCALAR), 0, VECTOR, false);
    def("quantile_over_time", List.of(SCALAR, MATRIX), 0, VECTOR, false);
    def("round", List.of(VECTOR, SCALAR), 1, VECTOR, false);
    def("scalar", List.of(VECTOR), 0, SCALAR, false);
    def("sort_by_label", List.of(VECTOR, STRING), -1, VECTOR, true);
    def("sort_by_label_desc", List.of(VECTOR, STRING), -1, VECTOR, true);
    def("start_timestamp", List.of(VECTOR), 0, VECTOR, true);
    def("vector", List.of(SCALAR), 0, VECTOR, false);
  }

  private Functions() {}

  private static void def(
      String name, List<ValueType> args, int variadic, ValueType ret, boolean experimental) {
    BY_NAME.put(name, new FunctionDef(name, args, variadic, ret, experimental));
  }

  /** The function called {@code name}, or null. */
  public static FunctionDef get(String name) {
    return BY_NAME.get(name);
  }

  public static java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(BY_NAME.keySet());
  }
}
