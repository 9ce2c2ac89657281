package dev.tollgate.analysis.provider;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.promql.Labels;
import dev.tollgate.promql.SeriesNotation;
import dev.tollgate.promql.Storage;

/**
 * Loads promtool-style {@code input_series} (series descriptor plus expanding notation, promql spec
 * §2.3) into a {@link Storage}: sample i at {@code i * interval}.
 */
public final class SeriesInput {
  private final Storage storage = new Storage();
  private final long intervalMillis;
  private long lastSampleMillis;

  public SeriesInput(long intervalMillis) {
    this.intervalMillis = intervalMillis;
  }

  /**
   * Adds one input series in promtool's series notation.
   *
   * @param seriesAt where {@code series} is written, for its errors
   * @param valuesAt where {@code values} is written, for its errors
   */
  public void add(String series, Position seriesAt, String values, Position valuesAt) {
    Labels labels;
    try {
      labels = SeriesNotation.parseLabels(series);
    } catch (IllegalArgumentException e) {
      throw error(
          seriesAt,
          "bad series descriptor \"" + series + "\": " + e.getMessage(),
          "Write metric_name{label=\"value\", ...}.");
    }
    try {
      for (SeriesNotation.Point point : SeriesNotation.expand(values)) {
        long t = point.step() * intervalMillis;
        storage.add(labels, t, point.value());
        lastSampleMillis = Math.max(lastSampleMillis, t);
      }
    } catch (IllegalArgumentException e) {
      throw error(
          valuesAt,
          "bad values \"" + values + "\": " + e.getMessage(),
          "Use promtool's notation, e.g. '0+10x60', '1 2 _ 4', '5x10 stale'.");
    }
  }

  public Storage storage() {
    return storage;
  }

  /** The time of the latest input sample; 0 when there is none. */
  public long lastSampleMillis() {
    return lastSampleMillis;
  }

  private static InputException error(Position at, String message, String hint) {
    return new InputException(Diagnostic.error(at, "analysis-test-file", message, hint));
  }
}
