package dev.tollgate.flags.model;

/**
 * How a segment combines its constraints: every one ({@code ALL}) or at least one ({@code ANY}).
 */
public enum MatchType {
  ALL,
  ANY
}
