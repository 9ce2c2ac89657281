package dev.tollgate.cli.rules;

import dev.tollgate.cli.ExitCodes;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Severity;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import dev.tollgate.rules.RuleFileParser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tollgate rules check FILE...}: what {@code promtool check rules} rejects, with positions.
 * Accepts plain rule files and PrometheusRule manifests (their {@code spec}).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Check rule files like promtool check rules: structure, PromQL, durations, templates.")
public final class RulesCheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Rule files or PrometheusRule manifests.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exit = ExitCodes.OK;
    for (Path file : files) {
      String shown = file.toString();
      out.println("Checking " + shown);
      List<Diagnostic> diagnostics = new ArrayList<>();
      int rules = 0;
      try {
        List<YNode> docs = YTrees.documents(new YamlLoader().load(file, shown));
        for (YNode doc : docs) {
          YNode root = doc;
          String kind = doc.text("kind").orElse(null);
          if ("PrometheusRule".equals(kind)) {
            root = doc.get("spec").orElse(null);
          } else if (kind != null && doc.get("groups").isEmpty()) {
            continue; // another Kubernetes object in a multi-document manifest
          }
          RuleFileParser.Result result = new RuleFileParser(true).parse(root, shown);
          diagnostics.addAll(result.diagnostics());
          rules += result.file().groups().stream().mapToInt(g -> g.rules().size()).sum();
        }
      } catch (InputException e) {
        out.println("  FAILED:");
        err.println(e.diagnostic().render());
        err.flush();
        out.println();
        exit = Math.max(exit, ExitCodes.INPUT);
        continue;
      }
      boolean failed = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
      out.println(failed ? "  FAILED:" : "  SUCCESS: " + rules + " rules found");
      diagnostics.stream().sorted().forEach(d -> out.println(d.render()));
      out.println();
      if (failed) {
        exit = Math.max(exit, ExitCodes.FINDINGS);
      }
    }
    out.flush();
    return exit;
  }
}
