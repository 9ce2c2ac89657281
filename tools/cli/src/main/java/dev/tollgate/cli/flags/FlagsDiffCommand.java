package dev.tollgate.cli.flags;

import dev.tollgate.cli.ExitCodes;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.core.Severity;
import dev.tollgate.flags.diff.FlagDiff;
import dev.tollgate.flags.eval.Engine;
import dev.tollgate.flags.load.FlagLoader;
import dev.tollgate.flags.load.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tollgate flags diff --base REV [--head REV]}: what a change does to users. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares the flags of two git revisions (head defaults to the working tree): flags added,"
          + " removed or renamed, exposure per variant and segment, lifecycle changes.",
      "--format markdown is meant as the pull-request comment."
    })
final class FlagsDiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--base", required = true, description = "Base revision, e.g. origin/main.")
  String base;

  @Option(names = "--head", description = "Head revision (default: the working tree).")
  String head;

  @Option(names = "--root", defaultValue = ".", description = "Repository root (default: .).")
  Path root;

  @Option(names = "--dir", defaultValue = "flags", description = "Flags directory in the repo.")
  String dir;

  @Option(names = "--format", defaultValue = "markdown", description = "markdown or json.")
  String format;

  @Option(names = "--engine", defaultValue = "v2", description = "v2 (Flipt >= 2.9) or v1.")
  String engine;

  @Override
  public Integer call() {
    if (!format.equals("markdown") && !format.equals("json")) {
      throw new InputException(
          Diagnostic.error(
              Position.ofFile("--format"),
              "usage",
              "unknown format \"" + format + "\"",
              "Use --format markdown or --format json."));
    }
    Engine e = FlagsLoading.engine(engine);
    String prefix = DiagnosticsPrinter.prefix(dir);
    LoadResult before = fromGit(base, prefix);
    LoadResult after =
        head == null ? FlagLoader.load(root.resolve(dir), prefix) : fromGit(head, prefix);
    requireValid(after, head == null ? "working tree" : head);
    List<FlagDiff.Change> changes = FlagDiff.compare(before.flags(), after.flags(), e);
    String headName = head == null ? "working tree" : head;
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        format.equals("json")
            ? FlagDiff.json(changes, base, headName) + System.lineSeparator()
            : FlagDiff.markdown(changes, base, headName));
    out.flush();
    return ExitCodes.OK;
  }

  private LoadResult fromGit(String revision, String prefix) {
    GitTree tree = new GitTree(root, revision);
    String gitPrefix = prefix.isEmpty() ? "" : prefix;
    return FlagLoader.load(tree.list(dir), p -> tree.read(gitPrefix + p), revision + ":" + prefix);
  }

  private static void requireValid(LoadResult result, String what) {
    result.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .findFirst()
        .ifPresent(
            d -> {
              throw new InputException(
                  new Diagnostic(
                      d.position(),
                      Severity.ERROR,
                      d.message() + " (in " + what + ")",
                      d.ruleId(),
                      d.hint() + " The diff needs valid flag files."));
            });
  }
}
