package dev.tollgate.promql.ast;

/** A PromQL expression; {@code start}/{@code end} are char offsets into the query. */
public sealed interface Expr
    permits NumberLiteral,
        StringLiteral,
        VectorSelector,
        MatrixSelector,
        SubqueryExpr,
        Call,
        AggregateExpr,
        BinaryExpr,
        UnaryExpr,
        ParenExpr {
  int start();

  int end();

  ValueType type();
}
