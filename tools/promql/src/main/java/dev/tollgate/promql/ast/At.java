package dev.tollgate.promql.ast;

/** The {@code @} modifier: a fixed time, or the query's {@code start()}/{@code end()}. */
public record At(Kind kind, long timestampMillis) {
  public enum Kind {
    TIMESTAMP,
    START,
    END
  }

  public static At of(long millis) {
    return new At(Kind.TIMESTAMP, millis);
  }
}
