package dev.tollgate.cli.lint;

import dev.tollgate.report.Format;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts format names in any case and lists the valid ones otherwise. */
final class FormatConverter implements ITypeConverter<Format> {
  @Override
  public Format convert(String value) {
    try {
      return Format.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "unknown format \"" + value + "\"; use text, json, sarif, junit or github");
    }
  }
}
