package dev.tollgate.cli.promql;

import dev.tollgate.promql.Compat;
import picocli.CommandLine;

/** Reads {@code --compat 2|3}. */
final class CompatOption implements CommandLine.ITypeConverter<Compat> {
  @Override
  public Compat convert(String value) {
    return switch (value) {
      case "2", "2.42" -> Compat.V2;
      case "3" -> Compat.V3;
      default ->
          throw new CommandLine.TypeConversionException(
              "expected 2 (Prometheus 2.42 semantics) or 3 (Prometheus 3.x), got '" + value + "'");
    };
  }
}
