package dev.tollgate.analysis.testing;

import dev.tollgate.core.Position;
import java.util.List;

/**
 * The result of one test.
 *
 * @param failures one line per unmet expectation, "expected ..., got ..."; empty when it passed
 * @param timeline the measurement timeline, printed for failing tests
 */
public record TestOutcome(
    String name, Position position, List<String> failures, List<String> timeline) {
  public boolean passed() {
    return failures.isEmpty();
  }
}
