package dev.tollgate.cli.flags;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.cli.ExitCodes;
import dev.tollgate.flags.eval.Engine;
import dev.tollgate.flags.exposure.Exposure;
import dev.tollgate.flags.exposure.Exposure.FlagExposure;
import dev.tollgate.flags.exposure.Exposure.Step;
import dev.tollgate.flags.model.FlagType;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tollgate flags exposure [DIR]}: the exact share of entities per answer and rule. */
@Command(
    name = "exposure",
    mixinStandardHelpOptions = true,
    description = {
      "Shows, per flag, rule and variant, the exact share of the entities reaching that rule that"
          + " get each answer (from the bucket widths of the chosen engine)."
    })
final class FlagsExposureCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = "flags", description = "Flags directory.")
  String dir;

  @Option(names = "--engine", defaultValue = "v2", description = "v2 (Flipt >= 2.9) or v1.")
  String engine;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Engine e = FlagsLoading.engine(engine);
    List<FlagExposure> exposures = Exposure.of(FlagsLoading.loadValid(dir).flags(), e);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          new ObjectMapper()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(toJson(exposures)));
    } else {
      exposures.forEach(x -> print(x, out));
    }
    out.flush();
    return ExitCodes.OK;
  }

  static String pct(double share) {
    String s = String.format(Locale.ROOT, "%.1f", share * 100);
    return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + "%";
  }

  static String who(Step step) {
    if (step.segments().isEmpty()) {
      return "threshold";
    }
    return String.join(step.and() ? " AND " : " OR ", step.segments());
  }

  private static void print(FlagExposure x, PrintWriter out) {
    out.println(
        x.namespace()
            + "/"
            + x.flag()
            + " ("
            + x.type()
            + ", "
            + (x.type() == FlagType.BOOLEAN
                ? "fall-through " + x.fallThrough()
                : x.enabled() ? "enabled" : "disabled")
            + ")");
    if (x.type() == FlagType.VARIANT && !x.enabled()) {
      out.println("  everyone: " + x.fallThrough());
      return;
    }
    for (Step step : x.steps()) {
      StringBuilder line =
          new StringBuilder(
              "  "
                  + (x.type() == FlagType.BOOLEAN ? "rollout " : "rule ")
                  + step.index()
                  + " ["
                  + who(step)
                  + "]: ");
      boolean first = true;
      for (Map.Entry<String, Double> share : step.shares().entrySet()) {
        line.append(first ? "" : ", ")
            .append(share.getKey())
            .append(' ')
            .append(pct(share.getValue()));
        first = false;
      }
      if (step.noAnswerShare() > 0) {
        line.append(", no variant ").append(pct(step.noAnswerShare())).append(" (these stop here)");
      }
      if (x.type() == FlagType.BOOLEAN && step.segments().isEmpty()) {
        line.append(" of the entities reaching it");
      }
      out.println(line);
    }
    out.println("  otherwise: " + x.fallThrough());
  }

  private static ArrayNode toJson(List<FlagExposure> exposures) {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode array = mapper.createArrayNode();
    for (FlagExposure x : exposures) {
      ObjectNode node = array.addObject();
      node.put("namespace", x.namespace());
      node.put("flag", x.flag());
      node.put("type", x.type().name());
      node.put("enabled", x.enabled());
      node.put("fallThrough", x.fallThrough());
      ArrayNode steps = node.putArray("steps");
      for (Step step : x.steps()) {
        ObjectNode s = steps.addObject();
        s.put("index", step.index());
        step.segments().forEach(s.putArray("segments")::add);
        s.put("operator", step.and() ? "AND" : "OR");
        ObjectNode shares = s.putObject("shares");
        step.shares().forEach(shares::put);
        s.put("noVariant", step.noAnswerShare());
      }
    }
    return array;
  }
}
