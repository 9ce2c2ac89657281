package dev.tollgate.lint.source;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Position;
import dev.tollgate.lint.config.Glob;
import dev.tollgate.lint.engine.BuiltInChecks;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the files a run reads under a root: {@code *.yaml}, {@code *.yml} and Grafana dashboard
 * {@code *.json} (a JSON file with "dashboard" in its path), minus build and VCS folders and the
 * config's excludes. Symbolic links are never followed out of the root; such a link is reported.
 */
public final class FileDiscovery {
  private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "node_modules");

  private final Path root;
  private final Path realRoot;
  private final List<Glob> include;
  private final List<Glob> exclude;

  /** The files found, sorted by display path, and the problems met on the way. */
  public record Result(List<DiscoveredFile> files, List<Diagnostic> problems) {}

  /** A file to read: where it is and how messages name it. */
  public record DiscoveredFile(Path path, String displayPath) {}

  public FileDiscovery(Path root, List<String> include, List<String> exclude) {
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = realPath(this.root);
    this.include = include.stream().map(Glob::new).toList();
    this.exclude = exclude.stream().map(Glob::new).toList();
  }

  /** Walks each of {@code paths} (files or folders; relative ones against the root). */
  public Result discover(List<Path> paths) {
    TreeMap<String, DiscoveredFile> files = new TreeMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path given : paths) {
      Path start = root.resolve(given).toAbsolutePath().normalize();
      if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(
            Diagnostic.error(
                Position.ofFile(display(start)),
                BuiltInChecks.IO_ERROR,
                "no such file or folder",
                "Check the path given to tollgate check."));
      } else if (Files.isRegularFile(start, LinkOption.NOFOLLOW_LINKS)) {
        // a file named on the command line is read whatever its extension
        files.put(display(start), new DiscoveredFile(start, display(start)));
      } else {
        walk(start, files, problems);
      }
    }
    return new Result(List.copyOf(files.values()), problems);
  }

  private void walk(Path start, Map<String, DiscoveredFile> files, List<Diagnostic> problems) {
    try {
      Files.walkFileTree(
          start,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String relative = display(dir);
              if (!dir.equals(start)
                  && (SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                      || excluded(relative))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String relative = display(file);
              if (excluded(relative)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                visitLink(file, relative, files, problems);
              } else if (attrs.isRegularFile() && selected(relative)) {
                files.put(relative, new DiscoveredFile(file, relative));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              problems.add(
                  Diagnostic.error(
                      Position.ofFile(display(file)),
                      BuiltInChecks.IO_ERROR,
                      "cannot read: " + e.getMessage(),
                      "Check the file's permissions."));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(
          Diagnostic.error(
              Position.ofFile(display(start)),
              BuiltInChecks.IO_ERROR,
              "cannot walk: " + e.getMessage(),
              "Check the folder's permissions."));
    }
  }

  /**
   * A link to a file inside the root is read like the file; a link to a folder is not walked (its
   * target is walked anyway when inside); a link leaving the root, or dangling, is a problem.
   */
  private void visitLink(
      Path link, String relative, Map<String, DiscoveredFile> files, List<Diagnostic> problems) {
    Path target;
    try {
      target = link.toRealPath();
    } catch (IOException e) {
      if (selected(relative)) {
        problems.add(
            Diagnostic.error(
                Position.ofFile(relative),
                BuiltInChecks.IO_ERROR,
                "dangling symbolic link",
                "Remove the link or restore its target."));
      }
      return;
    }
    boolean folder = Files.isDirectory(target);
    if (!target.startsWith(realRoot)) {
      if (folder || selected(relative)) {
        problems.add(
            Diagnostic.error(
                Position.ofFile(relative),
                BuiltInChecks.SYMLINK_ESCAPE,
                "symbolic link points outside the checked tree, to " + target + "; not followed",
                "Replace the link with the file it points to, or exclude it in .tollgate.yaml."));
      }
    } else if (!folder && selected(relative)) {
      files.put(relative, new DiscoveredFile(link, relative));
    }
  }

  private boolean excluded(String relative) {
    for (Glob glob : exclude) {
      if (glob.matches(relative)) {
        return true;
      }
    }
    return false;
  }

  private boolean selected(String relative) {
    if (relative.equals(dev.tollgate.lint.config.LintConfig.FILE_NAME)) {
      return false;
    }
    if (!include.isEmpty()) {
      return include.stream().anyMatch(g -> g.matches(relative));
    }
    String lower = relative.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml")
        || lower.endsWith(".yml")
        || (lower.endsWith(".json") && lower.contains("dashboard"));
  }

  /** The path relative to the root with '/' separators, or absolute when outside the root. */
  private String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) {
      return absolute.toString();
    }
    String relative = root.relativize(absolute).toString().replace('\\', '/');
    return relative.isEmpty() ? "." : relative;
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }
}
