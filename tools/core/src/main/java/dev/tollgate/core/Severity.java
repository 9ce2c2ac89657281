package dev.tollgate.core;

import java.util.Locale;

/** How serious a finding is; only {@link #ERROR} fails a run. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case word printed in text output, e.g. {@code error}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error|warning|info} (any case); throws on anything else. */
  public static Severity parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
