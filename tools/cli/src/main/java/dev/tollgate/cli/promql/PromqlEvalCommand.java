package dev.tollgate.cli.promql;

import dev.tollgate.cli.ExitCodes;
import dev.tollgate.cli.InputFiles;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.promql.Compat;
import dev.tollgate.promql.Engine;
import dev.tollgate.promql.EngineOptions;
import dev.tollgate.promql.GoStrings;
import dev.tollgate.promql.Matrix;
import dev.tollgate.promql.PromDuration;
import dev.tollgate.promql.PromQL;
import dev.tollgate.promql.PromQLEvalException;
import dev.tollgate.promql.PromQLParseException;
import dev.tollgate.promql.Sample;
import dev.tollgate.promql.Scalar;
import dev.tollgate.promql.Series;
import dev.tollgate.promql.SeriesNotation;
import dev.tollgate.promql.Storage;
import dev.tollgate.promql.StringValue;
import dev.tollgate.promql.Value;
import dev.tollgate.promql.Vector;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tollgate promql eval --series FILE --at 10m 'QUERY'}: evaluates one instant query over
 * series written in promtool's notation ({@code metric{a="b"} 0+1x10}, one per line).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate an instant query over series given in promtool notation.")
public final class PromqlEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--series",
      required = true,
      paramLabel = "FILE",
      description = "Input series, one `metric{labels} values` per line; # comments.")
  Path seriesFile;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      description = "Spacing of the input samples (default: ${DEFAULT-VALUE}).")
  String interval = "1m";

  @Option(
      names = "--at",
      paramLabel = "DURATION",
      description = "Evaluation time after the first sample (default: ${DEFAULT-VALUE}).")
  String at = "0s";

  @Option(
      names = "--compat",
      paramLabel = "2|3",
      converter = CompatOption.class,
      description = "Semantics: 3 = Prometheus 3.x (default), 2 = Prometheus 2.42.")
  Compat compat = Compat.V3;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The PromQL expression.")
  String query;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long step = duration(interval, "--interval");
    long time = duration(at, "--at");
    Storage storage = load(step);
    try {
      Value v =
          new Engine(EngineOptions.defaults().withCompat(compat))
              .instantQuery(storage, PromQL.parse(query), time);
      print(out, v);
      out.flush();
      return ExitCodes.OK;
    } catch (PromQLParseException e) {
      throw new InputException(
          Diagnostic.error(
              new Position("<query>", 1, e.startOffset() + 1),
              "promql-parse",
              e.rawMessage(),
              "Check the expression against the PromQL grammar."));
    } catch (PromQLEvalException e) {
      err.println("tollgate: error: query failed: " + e.getMessage());
      err.flush();
      return ExitCodes.FINDINGS;
    }
  }

  private long duration(String text, String option) {
    try {
      return PromDuration.parseMillis(text);
    } catch (IllegalArgumentException e) {
      throw new InputException(
          Diagnostic.error(
              Position.ofFile(option),
              "promql-usage",
              e.getMessage(),
              "Use durations like 30s, 5m or 1h30m."));
    }
  }

  private Storage load(long step) {
    String shown = seriesFile.toString();
    List<String> lines =
        InputFiles.readUtf8(seriesFile, "promql-input", "series file", "Check the path.")
            .lines()
            .toList();
    Storage storage = new Storage();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        SeriesNotation.SeriesLine s = SeriesNotation.parseSeriesLine(line);
        for (SeriesNotation.Point p : s.points()) {
          storage.add(s.labels(), p.step() * step, p.value());
        }
      } catch (IllegalArgumentException e) {
        throw new InputException(
            Diagnostic.error(
                new Position(shown, i + 1, 0),
                "promql-series",
                e.getMessage(),
                "Write `metric{label=\"value\"} 0+1x10 _ stale`."));
      }
    }
    return storage;
  }

  private static void print(PrintWriter out, Value v) {
    if (v instanceof Scalar s) {
      out.println("scalar: " + GoStrings.formatG(s.value()));
    } else if (v instanceof StringValue s) {
      out.println("string: " + s.value());
    } else if (v instanceof Vector vec) {
      for (Sample s : vec.samples()) {
        out.println(s.labels() + " => " + GoStrings.formatG(s.value()));
      }
    } else if (v instanceof Matrix m) {
      for (Series s : m.series()) {
        StringBuilder sb = new StringBuilder(s.labels().toString()).append(" =>");
        for (int i = 0; i < s.timestamps().length; i++) {
          sb.append(' ')
              .append(GoStrings.formatG(s.values()[i]))
              .append(" @")
              .append(PromDuration.format(s.timestamps()[i]));
        }
        out.println(sb);
      }
    }
  }
}
