package dev.tollgate.flags.eval;

/** Flipt's evaluation reasons, without the {@code _EVALUATION_REASON} suffix. */
public enum Reason {
  UNKNOWN,
  FLAG_DISABLED,
  MATCH,
  DEFAULT
}
