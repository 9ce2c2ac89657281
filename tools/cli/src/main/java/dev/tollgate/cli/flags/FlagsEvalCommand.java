package dev.tollgate.cli.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.cli.ExitCodes;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.flags.eval.EvaluationResult;
import dev.tollgate.flags.eval.Evaluator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tollgate flags eval}: one evaluation, or a batch, exactly as the Flipt server answers. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluates a flag for an entity exactly as the Flipt server does (v2.9+ maths by default).",
      "--batch FILE reads one JSON request per line ({\"namespace\",\"flag\",\"entity\","
          + "\"context\"}) and prints one JSON answer per line.",
      "--flipper FILE evaluates a Flipper JSON v1 export instead (--flag = feature, --entity ="
          + " actor id, --context groups=a,b; other --context k=v are actor properties for the"
          + " expression gate; --now pins its Now)."
    })
final class FlagsEvalCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(
      names = "--dir",
      defaultValue = "flags",
      description = "Flags directory (default: flags).")
  String dir;

  @Option(
      names = "--namespace",
      defaultValue = "default",
      description = "Namespace (default: default).")
  String namespace;

  @Option(names = "--flag", description = "Flag key.")
  String flag;

  @Option(names = "--entity", description = "Entity id (the bucketing key).")
  String entity;

  @Option(names = "--context", description = "Context property k=v (repeatable).")
  Map<String, String> context = new LinkedHashMap<>();

  @Option(names = "--json", description = "Print the answer as JSON.")
  boolean json;

  @Option(names = "--batch", description = "File with one JSON request per line ('-' = stdin).")
  String batch;

  @Option(
      names = "--engine",
      defaultValue = "v2",
      description = "v2 = Flipt server >= 2.9 (default), v1 = Flipt <= 2.8 distribution maths.")
  String engine;

  @Option(names = "--flipper", description = "A Flipper JSON v1 export to evaluate instead.")
  Path flipper;

  @Option(
      names = "--now",
      description =
          "With --flipper: the time Now returns in expressions (RFC 3339, e.g."
              + " 2026-03-01T12:00:00Z; default: the system clock).")
  String now;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (flipper != null) {
      return FlipperEval.run(flipper, flag, entity, context, clock(), json, out);
    }
    Evaluator evaluator =
        Evaluator.compile(FlagsLoading.loadValid(dir).flags(), FlagsLoading.engine(engine));
    if (batch != null) {
      return runBatch(evaluator, out);
    }
    if (flag == null || entity == null) {
      throw usage("--flag and --entity are required (or use --batch FILE)");
    }
    EvaluationResult result;
    try {
      result = evaluator.evaluate(namespace, flag, entity, context);
    } catch (NoSuchElementException e) {
      throw new InputException(
          Diagnostic.error(
              Position.ofFile(dir),
              "flag-not-found",
              e.getMessage(),
              "Check --namespace and --flag; tollgate flags exposure "
                  + dir
                  + " lists every flag."));
    }
    out.println(json ? JSON.writeValueAsString(toJson(result, entity)) : text(result, entity));
    out.flush();
    return ExitCodes.OK;
  }

  private java.util.function.Supplier<java.time.Instant> clock() {
    if (now == null) {
      return java.time.Instant::now;
    }
    try {
      java.time.Instant fixed = java.time.OffsetDateTime.parse(now).toInstant();
      return () -> fixed;
    } catch (java.time.format.DateTimeParseException e) {
      throw usage(
          "--now must be an RFC 3339 time such as 2026-03-01T12:00:00Z, not \"" + now + "\"");
    }
  }

  private int runBatch(Evaluator evaluator, PrintWriter out) throws IOException {
    int failures = 0;
    int lineNumber = 0;
    try (BufferedReader reader =
        batch.equals("-")
            ? new BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8))
            : Files.newBufferedReader(Path.of(batch), StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.println(JSON.writeValueAsString(evaluateRequest(evaluator, line)));
        } catch (IOException | IllegalArgumentException | NoSuchElementException e) {
          failures++;
          ObjectNode error = JSON.createObjectNode();
          error.put("error", batch + ":" + lineNumber + ": " + message(e));
          out.println(JSON.writeValueAsString(error));
        }
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(
          Diagnostic.error(
              Position.ofFile(batch),
              "io-error",
              "cannot read batch file",
              "Check the path given to --batch."));
    }
    out.flush();
    return failures == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }

  private ObjectNode evaluateRequest(Evaluator evaluator, String line) throws IOException {
    JsonNode request = JSON.readTree(line);
    if (request == null || !request.isObject()) {
      throw new IllegalArgumentException("request must be a JSON object");
    }
    String ns = request.path("namespace").asText(namespace);
    String key = request.path("flag").asText(null);
    String id = request.path("entity").asText(null);
    if (key == null || id == null) {
      throw new IllegalArgumentException("request needs \"flag\" and \"entity\"");
    }
    Map<String, String> ctx = new LinkedHashMap<>();
    request
        .path("context")
        .properties()
        .forEach(
            e ->
                ctx.put(
                    e.getKey(),
                    e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString()));
    return toJson(evaluator.evaluate(ns, key, id, ctx), id);
  }

  static ObjectNode toJson(EvaluationResult r, String entity) {
    ObjectNode node = JSON.createObjectNode();
    node.put("namespace", r.namespace());
    node.put("flag", r.flag());
    node.put("entity", entity);
    node.put("type", r.type().name());
    node.put("match", r.match());
    if (r.variant() == null) {
      node.putNull("variant");
    } else {
      node.put("variant", r.variant());
    }
    if (r.enabled() == null) {
      node.putNull("enabled");
    } else {
      node.put("enabled", r.enabled());
    }
    node.put("reason", r.reason().name());
    var segments = node.putArray("segments");
    r.segments().forEach(segments::add);
    return node;
  }

  private static String text(EvaluationResult r, String entity) {
    String answer =
        r.enabled() != null
            ? "enabled=" + r.enabled()
            : "variant=" + (r.variant() == null ? "(none)" : r.variant());
    return r.namespace()
        + "/"
        + r.flag()
        + " for "
        + entity
        + ": "
        + answer
        + " (reason "
        + r.reason()
        + (r.segments().isEmpty() ? "" : ", segments " + String.join(",", r.segments()))
        + ")";
  }

  private static InputException usage(String message) {
    return new InputException(
        Diagnostic.error(
            Position.ofFile("tollgate flags eval"),
            "usage",
            message,
            "See tollgate flags eval --help."));
  }
}
