package dev.tollgate.cli.flags;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reads files of one git revision through the {@code git} command (no checkout needed). */
final class GitTree {
  private final Path root;
  private final String revision;

  GitTree(Path root, String revision) {
    this.root = root;
    this.revision = revision;
  }

  /** Paths under {@code dir} (relative to {@code dir}) at the revision. */
  List<String> list(String dir) {
    String prefix = dir.endsWith("/") ? dir : dir + "/";
    String out =
        new String(
            run("ls-tree", "-r", "--name-only", revision, "--", prefix), StandardCharsets.UTF_8);
    List<String> paths = new ArrayList<>();
    out.lines()
        .filter(l -> l.startsWith(prefix))
        .forEach(l -> paths.add(l.substring(prefix.length())));
    return paths;
  }

  byte[] read(String path) {
    return run("show", revision + ":./" + path); // ./ = relative to --root, like ls-tree
  }

  private byte[] run(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      byte[] stdout;
      byte[] stderr;
      try (InputStream in = process.getInputStream();
          InputStream err = process.getErrorStream()) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        stdout = buffer.toByteArray();
        stderr = err.readAllBytes();
      }
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw failure(
            "git "
                + String.join(" ", args)
                + " failed: "
                + new String(stderr, StandardCharsets.UTF_8).strip());
      }
      return stdout;
    } catch (IOException e) {
      throw failure("cannot run git: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("interrupted while running git");
    }
  }

  private InputException failure(String message) {
    return new InputException(
        Diagnostic.error(
            Position.ofFile(root.toString()),
            "git",
            message,
            "Check that --base/--head name revisions of this repository (git rev-parse"
                + " REV) and that git is installed."));
  }
}
