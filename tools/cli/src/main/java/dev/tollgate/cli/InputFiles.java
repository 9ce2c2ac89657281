package dev.tollgate.cli;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a command's input file, turning I/O failures into a positioned input error (exit 2). */
public final class InputFiles {
  private InputFiles() {}

  /**
   * The file's UTF-8 text.
   *
   * @param what what the file is, for the message ("series file")
   */
  public static String readUtf8(Path file, String ruleId, String what, String hint) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(
          Diagnostic.error(
              Position.ofFile(file.toString()),
              ruleId,
              "cannot read "
                  + what
                  + ": "
                  + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()),
              hint));
    }
  }
}
