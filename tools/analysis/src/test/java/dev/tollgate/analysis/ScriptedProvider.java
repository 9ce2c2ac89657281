package dev.tollgate.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Test input for the decision algorithm: answers each measurement with the next scripted value (a
 * vector, a scalar or a query error; the last one repeats) and records when it was asked.
 */
final class ScriptedProvider implements MetricProvider {
  private final Deque<Object> answers = new ArrayDeque<>();
  final List<Long> askedAt = new ArrayList<>();

  /** A query error, as a connection refused or a bad_data answer would be. */
  record Failure(String message) {}

  static ScriptedProvider of(Object... answers) {
    ScriptedProvider provider = new ScriptedProvider();
    provider.answers.addAll(List.of(answers));
    return provider;
  }

  /** Vectors of one sample each: {@code [v]}. */
  static ScriptedProvider vectors(double... values) {
    ScriptedProvider provider = new ScriptedProvider();
    for (double v : values) {
      provider.answers.add(List.of(v));
    }
    return provider;
  }

  @Override
  public QueryResult query(Metric metric, long timeMillis) throws ProviderException {
    askedAt.add(timeMillis);
    if (answers.isEmpty()) {
      throw new IllegalStateException("the script has no answer left at " + timeMillis);
    }
    Object next = answers.size() == 1 ? answers.peek() : answers.poll();
    if (next instanceof Failure failure) {
      throw new ProviderException(failure.message());
    }
    if (next instanceof Double d) {
      return dev.tollgate.analysis.provider.ResultShapes.scalar(d);
    }
    @SuppressWarnings("unchecked")
    List<Double> list = (List<Double>) next;
    return dev.tollgate.analysis.provider.ResultShapes.list(list);
  }
}
