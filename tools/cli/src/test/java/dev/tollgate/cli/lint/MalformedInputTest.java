package dev.tollgate.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of hostile and broken files: every one gets a positioned message and the run exits 2,
 * without a stack trace. The 50 MiB file and the symlink are made here, never committed.
 */
class MalformedInputTest {
  @TempDir Path dir;
  @TempDir Path outside;

  private static final String LAUGHS =
      """
      a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
      b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
      c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
      d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
      e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
      f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
      g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
      h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
      i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
      j: &j [*i,*i,*i,*i,*i,*i,*i,*i,*i]
      """;

  @BeforeEach
  void writeBrokenFiles() throws IOException {
    Files.writeString(dir.resolve("syntax.yaml"), "kind: Service\nports: [80, 443\nname: web\n");
    Files.writeString(dir.resolve("tabs.yaml"), "metadata:\n\tname: web\n");
    Files.writeString(dir.resolve("duplicate.yaml"), "kind: Service\nname: a\nkind: Pod\n");
    Files.writeString(dir.resolve("laughs.yaml"), LAUGHS);
    Files.writeString(dir.resolve("deep.yaml"), "[".repeat(5000) + "]".repeat(5000) + "\n");
    Files.write(dir.resolve("binary.yaml"), new byte[] {'a', ':', ' ', 0, 1, 2, '\n'});
    Files.write(
        dir.resolve("latin1.yaml"), "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("python.yaml"), "a: !!python/object/apply:os.system [ls]\n");
    Files.writeString(
        dir.resolve("javax.yaml"),
        "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
            + " [\"http://example.com\"]]]]\n");
    try (Writer out = Files.newBufferedWriter(dir.resolve("huge.yaml"))) {
      String line = "key-with-some-length: value-with-some-length-to-fill-the-file\n";
      for (long written = 0; written <= 50L * 1024 * 1024; written += line.length()) {
        out.write(line);
      }
    }
  }

  @Test
  void everyBrokenFileGetsAPositionedMessageAndExitTwo() throws IOException {
    Path secret = Files.writeString(outside.resolve("secret.yaml"), "token: x\n");
    boolean linked = link(dir.resolve("escape.yaml"), secret);
    CheckRun run = CheckRun.of("check", dir.toString());
    assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
    List<String> lines = run.out().lines().filter(l -> !l.startsWith("  hint: ")).toList();
    assertThat(lines)
        .contains(
            "duplicate.yaml:3:1: error: duplicate key \"kind\" (first defined at line 1)"
                + " [yaml-duplicate-key]",
            "python.yaml:1:4: error: tag \"tag:yaml.org,2002:python/object/apply:os.system\" is"
                + " not allowed; tags never construct objects here [yaml-unsafe-tag]",
            "latin1.yaml:1:10: error: invalid UTF-8 byte 0xe9 [yaml-encoding]",
            "binary.yaml:1:4: error: file contains a NUL byte; it looks binary, not YAML"
                + " [yaml-binary]");
    assertThat(lines).anyMatch(l -> l.startsWith("syntax.yaml:3:") && l.endsWith("[yaml-syntax]"));
    assertThat(lines)
        .anyMatch(l -> l.startsWith("tabs.yaml:2:1: error: ") && l.endsWith("[yaml-syntax]"));
    assertThat(lines)
        .anyMatch(l -> l.startsWith("laughs.yaml") && l.endsWith("[yaml-alias-limit]"));
    assertThat(lines).anyMatch(l -> l.startsWith("deep.yaml:1:") && l.endsWith("[yaml-too-deep]"));
    assertThat(lines)
        .anyMatch(l -> l.startsWith("javax.yaml:1:4: ") && l.endsWith("[yaml-unsafe-tag]"));
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith("huge.yaml: error: file is 52")
                    && l.endsWith("over the limit of 10485760 bytes [yaml-too-large]"));
    if (linked) {
      assertThat(lines)
          .anyMatch(
              l ->
                  l.startsWith("escape.yaml: error: symbolic link points outside the checked tree")
                      && l.endsWith("[fs-symlink-escape]"));
    }
    assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).contains("tollgate check: 0 files");
  }

  @Test
  void aSymlinkInsideTheTreeIsReadLikeItsTarget() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Path target = Files.writeString(dir.resolve("real.yaml"), "a: 1\n");
    assumeTrue(link(dir.resolve("alias.yaml"), target), "symbolic links not supported here");
    CheckRun run = CheckRun.of("check", dir.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out()).contains("2 files");
  }

  private static boolean link(Path link, Path target) throws IOException {
    try {
      Files.createSymbolicLink(link, target);
      return true;
    } catch (UnsupportedOperationException | FileSystemException e) {
      return false;
    }
  }
}
