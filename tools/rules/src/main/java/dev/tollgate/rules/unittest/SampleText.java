package dev.tollgate.rules.unittest;

import dev.tollgate.promql.Labels;
import dev.tollgate.rules.template.GoFloats;
import java.util.List;
import java.util.TreeMap;

/** A sample as promtool compares (exactly: NaN never equals NaN) and prints it. */
record SampleText(TreeMap<String, String> labels, double value) implements Comparable<SampleText> {

  SampleText(Labels labels, double value) {
    this(new TreeMap<>(labels.toMap()), value);
  }

  @Override
  public int compareTo(SampleText o) {
    return PromLabels.compare(labels, o.labels);
  }

  @Override
  public String toString() {
    return PromLabels.format(labels) + " " + GoFloats.formatE(value);
  }

  /** {@code reflect.DeepEqual} on the sorted lists: same labels, float {@code ==} values. */
  static boolean sameSamples(List<SampleText> exp, List<SampleText> got) {
    if (exp.size() != got.size()) {
      return false;
    }
    for (int i = 0; i < exp.size(); i++) {
      if (!exp.get(i).labels.equals(got.get(i).labels) || !(exp.get(i).value == got.get(i).value)) {
        return false;
      }
    }
    return true;
  }

  static String listString(List<SampleText> samples) {
    if (samples.isEmpty()) {
      return "nil";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < samples.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(samples.get(i));
    }
    return sb.toString();
  }
}
