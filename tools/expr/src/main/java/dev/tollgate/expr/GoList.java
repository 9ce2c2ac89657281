package dev.tollgate.expr;

import java.util.List;

/**
 * A list at run time together with its Go slice type, which {@code ==} needs: Go's DeepEqual treats
 * a {@code []float64} and an {@code []interface {}} with the same numbers as different.
 */
record GoList(Type type, List<Object> items) {}
