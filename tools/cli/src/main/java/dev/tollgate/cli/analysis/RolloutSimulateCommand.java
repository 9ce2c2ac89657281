package dev.tollgate.cli.analysis;

import dev.tollgate.analysis.ExprConditions;
import dev.tollgate.analysis.GoDuration;
import dev.tollgate.analysis.flagger.FlaggerCanary;
import dev.tollgate.analysis.flagger.FlaggerLoader;
import dev.tollgate.analysis.flagger.FlaggerOutcome;
import dev.tollgate.analysis.flagger.FlaggerSimulator;
import dev.tollgate.analysis.flagger.MetricTemplate;
import dev.tollgate.analysis.flagger.PromqlMetricQuery;
import dev.tollgate.analysis.provider.PromqlProvider;
import dev.tollgate.analysis.provider.SeriesInput;
import dev.tollgate.analysis.rollout.RolloutLoader;
import dev.tollgate.analysis.rollout.RolloutOutcome;
import dev.tollgate.analysis.rollout.RolloutSimulator;
import dev.tollgate.analysis.rollout.RolloutSpec;
import dev.tollgate.analysis.template.TemplateCatalog;
import dev.tollgate.analysis.template.TemplateLoader;
import dev.tollgate.analysis.testing.SeriesFileLoader;
import dev.tollgate.cli.ExitCodes;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tollgate rollout simulate}: walks the canary steps over virtual time. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Walk a Rollout's canary steps over virtual time against input series and print the"
          + " timeline and the outcome.",
      "Exit 0 promoted (or waiting at pause: {}), 1 aborted, 4 paused on Inconclusive, 2 bad input.",
      "A Flagger Canary (flagger.app) is simulated with Flagger's scheduler; exit 1 if it rolls back."
    })
public final class RolloutSimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROLLOUT.yaml", description = "The Rollout manifest.")
  Path rollout;

  @Option(
      names = "--series",
      required = true,
      paramLabel = "FILE",
      description = "Input series: interval + input_series, as in analysis tests.")
  Path series;

  @Option(
      names = "--templates",
      arity = "1..*",
      paramLabel = "PATH",
      description = "AnalysisTemplate files or folders (templates in the Rollout file count too).")
  List<Path> templates = new ArrayList<>();

  @Option(
      names = {"--args", "--arg"},
      paramLabel = "NAME=VALUE",
      description = "Argument values; they win over the Rollout's and stand in for valueFrom.")
  Map<String, String> args = new LinkedHashMap<>();

  @Option(names = "--auto-promote", description = "Continue past pause: {} steps.")
  boolean autoPromote;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<YNode> documents = YTrees.documents(new YamlLoader().load(rollout, rollout.toString()));
    if (documents.stream().anyMatch(FlaggerLoader::isFlagger)) {
      return simulateFlagger(documents, out);
    }
    TemplateCatalog catalog = new TemplateCatalog();
    catalog.addAll(TemplateLoader.fromDocuments(documents));
    for (Path path : templates) {
      for (Path file : yamlFiles(path)) {
        catalog.addAll(TemplateLoader.load(file, file.toString()));
      }
    }
    RolloutSpec spec = RolloutLoader.fromDocuments(documents, rollout.toString());
    SeriesInput input = SeriesFileLoader.load(series, series.toString());
    RolloutSimulator.Simulation simulation =
        new RolloutSimulator(
                catalog,
                new PromqlProvider(input.storage()),
                new ExprConditions(),
                args,
                autoPromote)
            .simulate(spec);
    out.println("rollout " + spec.name() + ": " + spec.steps().size() + " steps");
    simulation.timeline().forEach(e -> out.println(e.render()));
    RolloutOutcome outcome = simulation.outcome();
    out.println(outcome.line());
    out.flush();
    return switch (outcome.result()) {
      case PROMOTED -> ExitCodes.OK;
      case ABORTED -> ExitCodes.FINDINGS;
      case PAUSED ->
          outcome.reason().startsWith("Inconclusive") ? ExitCodes.INCONCLUSIVE : ExitCodes.OK;
    };
  }

  /** A Flagger {@code Canary} (flagger.app) goes to the Flagger scheduler simulator instead. */
  private int simulateFlagger(List<YNode> documents, PrintWriter out) {
    FlaggerLoader.Documents flagger = FlaggerLoader.read(documents);
    if (flagger.canaries().isEmpty()) {
      throw new InputException(
          Diagnostic.error(
              Position.ofFile(rollout.toString()),
              "rollout-file",
              "no Canary in this flagger.app file",
              "Give a file with a kind: Canary document."));
    }
    List<MetricTemplate> metricTemplates = new ArrayList<>(flagger.templates());
    for (Path path : templates) {
      for (Path file : yamlFiles(path)) {
        metricTemplates.addAll(
            FlaggerLoader.read(YTrees.documents(new YamlLoader().load(file, file.toString())))
                .templates());
      }
    }
    SeriesInput input = SeriesFileLoader.load(series, series.toString());
    FlaggerCanary canary = flagger.canaries().get(0);
    FlaggerOutcome outcome =
        FlaggerSimulator.simulate(
            canary, metricTemplates, new PromqlMetricQuery(input.storage()), 0);
    out.println("canary " + canary.name() + " (Flagger)");
    for (FlaggerOutcome.Tick tick : outcome.timeline()) {
      out.printf(
          "%8s  %-12s weight %3d%%  %s%n",
          GoDuration.format(tick.timeMillis()), tick.phase(), tick.weight(), tick.event());
    }
    out.println(outcome.line());
    out.flush();
    return outcome.result() == FlaggerOutcome.Result.PROMOTED ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private static List<Path> yamlFiles(Path path) {
    if (!Files.isDirectory(path)) {
      if (!Files.isRegularFile(path)) {
        throw new InputException(
            Diagnostic.error(
                Position.ofFile(path.toString()),
                "io-error",
                "no such file or folder",
                "Check the --templates path."));
      }
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new InputException(
          Diagnostic.error(
              Position.ofFile(path.toString()),
              "io-error",
              "cannot list folder: " + e.getMessage(),
              "Check the --templates path."));
    }
  }
}
