package dev.tollgate.promql;

import dev.tollgate.promql.ast.Expr;
import dev.tollgate.promql.parser.Parser;
import dev.tollgate.promql.parser.UnsupportedFeatureException;

/** Entry point for parsing PromQL. */
public final class PromQL {
  private PromQL() {}

  /**
   * Parses a query. Syntax this engine does not implement (experimental upstream features) is
   * reported as a parse error whose message names the feature.
   */
  public static Expr parse(String query) throws PromQLParseException {
    try {
      return Parser.parse(query);
    } catch (UnsupportedFeatureException e) {
      throw new PromQLParseException(query, e.start(), e.end(), e.getMessage());
    } catch (StackOverflowError e) {
      throw new PromQLParseException(query, 0, query.length(), "expression nested too deeply");
    }
  }
}
