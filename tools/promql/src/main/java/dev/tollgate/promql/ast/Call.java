package dev.tollgate.promql.ast;

import java.util.List;

public record Call(FunctionDef function, List<Expr> args, int start, int end) implements Expr {
  @Override
  public ValueType type() {
    return function.returnType();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Call c && c.function.name().equals(function.name()) && c.args.equals(args);
  }

  @Override
  public int hashCode() {
    return function.name().hashCode() * 31 + args.hashCode();
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}
