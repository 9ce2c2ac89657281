package dev.tollgate.promql;

import java.util.Arrays;

/** One series of a range result; timestamps ascending, parallel to values. */
// equals, hashCode and toString below compare and print the arrays by content
@SuppressWarnings("ArrayRecordComponent")
public record Series(Labels labels, long[] timestamps, double[] values) {
  @Override
  public boolean equals(Object o) {
    return o instanceof Series s
        && labels.equals(s.labels)
        && Arrays.equals(timestamps, s.timestamps)
        && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return labels.hashCode() * 31 + Arrays.hashCode(timestamps);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(labels.toString()).append(" =>");
    for (int i = 0; i < timestamps.length; i++) {
      sb.append(' ').append(values[i]).append(" @").append(timestamps[i]);
    }
    return sb.toString();
  }
}
