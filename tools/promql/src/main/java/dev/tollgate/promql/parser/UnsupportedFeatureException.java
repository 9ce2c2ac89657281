package dev.tollgate.promql.parser;

/**
 * Valid upstream PromQL that needs a feature this engine does not implement (experimental syntax,
 * native histograms). Carries the feature's name so test runners can count skips by reason.
 */
public final class UnsupportedFeatureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String feature;
  private final transient String query;
  private final int start;
  private final int end;

  public UnsupportedFeatureException(String feature, String query, int start, int end) {
    super(feature + " is not supported");
    this.feature = feature;
    this.query = query;
    this.start = start;
    this.end = end;
  }

  public String feature() {
    return feature;
  }

  public String query() {
    return query;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }
}
