package dev.tollgate.promql.ast;

import java.util.List;

/**
 * A function signature (Prometheus {@code parser.Function}).
 *
 * @param variadic 0 = exactly the listed args; k > 0 = the last arg may be left out or repeated up
 *     to k times; -1 = the last arg repeats without limit
 * @param experimental gated behind {@code promql-experimental-functions} upstream
 */
public record FunctionDef(
    String name,
    List<ValueType> argTypes,
    int variadic,
    ValueType returnType,
    boolean experimental) {}
