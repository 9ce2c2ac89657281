package dev.tollgate.cli.analysis;

import dev.tollgate.analysis.AnalysisPhase;
import dev.tollgate.analysis.AnalysisRun;
import dev.tollgate.analysis.ExprConditions;
import dev.tollgate.analysis.GoDuration;
import dev.tollgate.analysis.Metric;
import dev.tollgate.analysis.live.LiveAnalysisRunner;
import dev.tollgate.analysis.provider.PrometheusHttpProvider;
import dev.tollgate.analysis.template.AnalysisTemplate;
import dev.tollgate.analysis.template.RunBuilder;
import dev.tollgate.analysis.template.TemplateCatalog;
import dev.tollgate.analysis.template.TemplateLoader;
import dev.tollgate.analysis.template.TemplateRef;
import dev.tollgate.cli.ExitCodes;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tollgate analysis run}: an AnalysisRun against a live Prometheus, on real time. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run an AnalysisTemplate's metrics against a Prometheus server on the template's schedule.",
      "Exit 0 Successful, 1 Failed or Error, 4 Inconclusive, 2 bad input."
    })
public final class AnalysisRunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--prometheus",
      paramLabel = "URL",
      description = "Prometheus base URL; default: each metric's provider.prometheus.address.")
  String prometheus;

  @Option(
      names = "--template",
      required = true,
      paramLabel = "FILE",
      description = "File with the AnalysisTemplate(s) that form the run.")
  Path template;

  @Option(names = "--arg", paramLabel = "NAME=VALUE", description = "Template argument value.")
  Map<String, String> args = new LinkedHashMap<>();

  @Option(
      names = "--speedup",
      defaultValue = "1",
      paramLabel = "N",
      description = "Divide intervals by N for demos (default 1: real time).")
  double speedup;

  @Option(
      names = "--duration",
      paramLabel = "DURATION",
      description = "Terminate the run after this much run time (Go duration, e.g. 30m).")
  String duration;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (!(speedup > 0)) {
      throw usage("--speedup must be a positive number, got " + speedup, "Use e.g. --speedup 60.");
    }
    if (prometheus != null) {
      URI uri;
      try {
        uri = URI.create(prometheus);
      } catch (IllegalArgumentException e) {
        uri = null;
      }
      if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
        throw usage(
            "prometheus address is not is url format: " + prometheus,
            "Give a URL with scheme and host, e.g. http://127.0.0.1:9090.");
      }
    }
    Long maxRun = null;
    if (duration != null) {
      try {
        maxRun = GoDuration.parseMillis(duration);
      } catch (IllegalArgumentException e) {
        throw usage("--duration: " + e.getMessage(), "Write a Go duration such as 30m.");
      }
    }
    List<AnalysisTemplate> templates = TemplateLoader.load(template, template.toString());
    if (templates.isEmpty()) {
      throw new InputException(
          Diagnostic.error(
              Position.ofFile(template.toString()),
              "analysis-template",
              "no AnalysisTemplate or ClusterAnalysisTemplate in this file",
              "Give a file with kind: AnalysisTemplate."));
    }
    TemplateCatalog catalog = new TemplateCatalog();
    catalog.addAll(templates);
    List<TemplateRef> refs = new ArrayList<>();
    for (AnalysisTemplate t : templates) {
      refs.add(new TemplateRef(t.name(), t.clusterScoped(), t.position()));
    }
    ExprConditions conditions = new ExprConditions();
    List<Metric> metrics =
        RunBuilder.build(
            catalog.expand(refs),
            List.of(),
            args,
            List.of(),
            List.of(),
            conditions,
            Position.ofFile(template.toString()));
    out.println(
        "analysis run: "
            + metrics.size()
            + " metric(s) against "
            + (prometheus == null ? "each metric's address" : prometheus)
            + (speedup == 1 ? "" : ", " + speedup + "x faster than real time"));
    out.flush();
    AnalysisRun run =
        new LiveAnalysisRunner(
                new PrometheusHttpProvider(prometheus), conditions, speedup, maxRun, out)
            .run(metrics, RunBuilder.secretValues(catalog.expand(refs), List.of(), args));
    return exitCode(run.phase());
  }

  static int exitCode(AnalysisPhase phase) {
    return switch (phase) {
      case SUCCESSFUL -> ExitCodes.OK;
      case INCONCLUSIVE -> ExitCodes.INCONCLUSIVE;
      default -> ExitCodes.FINDINGS;
    };
  }

  private static InputException usage(String message, String hint) {
    return new InputException(
        Diagnostic.error(Position.ofFile("tollgate analysis run"), "usage", message, hint));
  }
}
