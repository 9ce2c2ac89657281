package dev.tollgate.cli.lint;

import dev.tollgate.cli.ExitCodes;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.lint.config.ConfigLoader;
import dev.tollgate.lint.config.LintConfig;
import dev.tollgate.lint.engine.LintResult;
import dev.tollgate.lint.engine.Linter;
import dev.tollgate.lint.engine.RuleCatalog;
import dev.tollgate.report.Format;
import dev.tollgate.report.Report;
import dev.tollgate.report.StepSummary;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tollgate check [PATH...]}: the merge gate over manifests, dashboards, flags and rules. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Lints every YAML manifest (and Grafana dashboard JSON) under PATH: YAML safety, schemas of"
          + " core kinds and custom resources, and the policy rules of `tollgate rules list`.",
      "Exit codes: 0 no errors, 1 error findings, 2 unreadable input or usage error, 3 internal"
          + " error."
    })
public final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files or folders to check (default: the current folder).")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json, sarif, junit or github.",
      converter = FormatConverter.class)
  Format format = Format.TEXT;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE.")
  Path output;

  @Option(
      names = "--crd",
      paramLabel = "FILE|DIR",
      description = "CustomResourceDefinition YAML whose schemas check custom resources.")
  List<String> crds = new ArrayList<>();

  @Option(
      names = "--step-summary",
      paramLabel = "FILE",
      description =
          "Append a Markdown table of all findings to FILE (default with --format github:"
              + " $GITHUB_STEP_SUMMARY, set by GitHub Actions).")
  Path stepSummary;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The config file (default: .tollgate.yaml in the checked folder).")
  Path config;

  @Override
  public Integer call() throws IOException {
    Path cwd = Path.of("").toAbsolutePath();
    Path root = cwd;
    List<Path> targets = paths.isEmpty() ? List.of(Path.of(".")) : paths;
    if (targets.size() == 1 && Files.isDirectory(targets.get(0))) {
      root = targets.get(0).toAbsolutePath().normalize();
      targets = List.of(Path.of("."));
    }
    RuleCatalog catalog = RuleCatalog.builtIn();
    ConfigLoader loader = new ConfigLoader(catalog.ids());
    LintConfig lintConfig =
        (config == null ? loader.loadFrom(root) : loader.load(config, config.toString()))
            .withCrds(crds.stream().map(c -> root(cwd, c)).toList());
    LintResult result = Linter.builtIn().check(root, targets, lintConfig);
    Report report = Reports.of(result, catalog, version());
    if (output == null) {
      format.render(report, spec.commandLine().getOut());
    } else {
      writeTo(output, report);
      spec.commandLine().getOut().println("tollgate check: " + report.summary().line());
      spec.commandLine().getOut().flush();
    }
    String githubSummary = System.getenv("GITHUB_STEP_SUMMARY");
    if (stepSummary != null) {
      appendStepSummary(stepSummary, report);
    } else if (format == Format.GITHUB && githubSummary != null && !githubSummary.isBlank()) {
      appendStepSummary(Path.of(githubSummary), report);
    }
    if (!result.crashes().isEmpty()) {
      return ExitCodes.INTERNAL;
    }
    if (!result.inputProblems().isEmpty()) {
      return ExitCodes.INPUT;
    }
    return result.errors() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** CRD paths on the command line are relative to where the user is, not to the root. */
  private static String root(Path cwd, String crd) {
    return cwd.resolve(crd).toString();
  }

  private static void appendStepSummary(Path file, Report report) {
    try (Writer writer =
        Files.newBufferedWriter(
            file,
            StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.APPEND)) {
      StepSummary.render(report, writer);
    } catch (IOException e) {
      throw new InputException(
          Diagnostic.error(
              Position.ofFile(file.toString()),
              "io-error",
              "cannot write the step summary: " + e.getMessage(),
              "Check that the file's folder exists and is writable."),
          e);
    }
  }

  private void writeTo(Path file, Report report) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      format.render(report, writer);
    } catch (IOException e) {
      throw new InputException(
          Diagnostic.error(
              Position.ofFile(file.toString()),
              "io-error",
              "cannot write the report: " + e.getMessage(),
              "Check that the folder exists and is writable."),
          e);
    }
  }

  private static String version() {
    String version = CheckCommand.class.getPackage().getImplementationVersion();
    return "tollgate " + (version == null ? "development-build" : version);
  }
}
