package dev.tollgate.flags.model;

/** How a rule or rollout combines several segments. */
public enum SegmentOperator {
  OR,
  AND
}
