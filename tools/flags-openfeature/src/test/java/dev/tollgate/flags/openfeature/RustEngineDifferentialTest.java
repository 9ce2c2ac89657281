package dev.tollgate.flags.openfeature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.flags.eval.Engine;
import dev.tollgate.flags.eval.EvaluationResult;
import dev.tollgate.flags.eval.Evaluator;
import dev.tollgate.flags.model.FlagType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against Flipt's own evaluation engine (the Rust {@code flipt-evaluation} crate,
 * run through {@code @flipt-io/flipt-client-js} 0.5.1 on Node). Random snapshot documents are
 * evaluated by both; they must agree wherever the Rust client and the Go server are documented to
 * agree (spec §2.4/§2.6): integer numbers, no surrounding whitespace, true/false booleans, whole
 * second RFC 3339 times, and distributions whose rounded and truncated bounds coincide.
 */
class RustEngineDifferentialTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PACKAGE = "@flipt-io/flipt-client-js@0.5.1";
  private static final String[] WORDS = {"beta", "staff", "eu", "us", "pro", "free"};
  private static final String[] NUMBER_OPS = {
    "eq", "neq", "lt", "lte", "gt", "gte", "present", "notpresent", "isoneof", "isnotoneof"
  };
  private static final String[] STRING_OPS = {
    "eq",
    "neq",
    "prefix",
    "suffix",
    "contains",
    "notcontains",
    "isoneof",
    "isnotoneof",
    "empty",
    "notempty"
  };

  @TempDir Path work;

  @Test
  void randomSnapshotsEvaluateLikeFliptsEngine() throws Exception {
    Path modules = fliptJs();
    Random random = new Random(20261122);
    int compared = 0;
    for (int round = 0; round < 3; round++) {
      ObjectNode doc = document(random);
      List<ObjectNode> requests = requests(doc, random);
      List<JsonNode> rust = runNode(modules, doc, requests);
      Evaluator ours =
          Evaluator.compile(FliptDocuments.parse(doc.toString(), "shop", "generated"), Engine.V2);
      for (int i = 0; i < requests.size(); i++) {
        ObjectNode request = requests.get(i);
        Map<String, String> context = new HashMap<>();
        request
            .get("context")
            .properties()
            .forEach(e -> context.put(e.getKey(), e.getValue().asText()));
        EvaluationResult mine =
            ours.evaluate(
                "shop", request.get("flag").asText(), request.get("entity").asText(), context);
        JsonNode theirs = rust.get(i);
        String where = request + " -> " + theirs;
        assertThat(mine.reason().name() + "_EVALUATION_REASON")
            .as(where)
            .isEqualTo(theirs.get("reason").asText());
        Set<String> theirSegments = new TreeSet<>();
        theirs.path("segmentKeys").forEach(n -> theirSegments.add(n.asText()));
        assertThat(new TreeSet<>(mine.segments())).as(where).isEqualTo(theirSegments);
        if (mine.type() == FlagType.VARIANT) {
          assertThat(mine.match()).as(where).isEqualTo(theirs.get("match").asBoolean());
          assertThat(mine.variant() == null ? "" : mine.variant())
              .as(where)
              .isEqualTo(theirs.path("variantKey").asText(""));
        } else {
          assertThat(mine.enabled()).as(where).isEqualTo(theirs.get("enabled").asBoolean());
        }
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(5000);
  }

  /** A random namespace document in the server's snapshot shape. */
  private static ObjectNode document(Random random) {
    ObjectNode doc = JSON.createObjectNode();
    doc.putObject("namespace").put("key", "shop");
    ArrayNode flags = doc.putArray("flags");
    List<ObjectNode> segments = new ArrayList<>();
    for (int s = 0; s < 5; s++) {
      ObjectNode segment = JSON.createObjectNode();
      segment.put("key", "seg" + s);
      segment.put(
          "matchType", random.nextBoolean() ? "ALL_SEGMENT_MATCH_TYPE" : "ANY_SEGMENT_MATCH_TYPE");
      ArrayNode constraints = segment.putArray("constraints");
      int n = random.nextInt(3);
      for (int c = 0; c < n; c++) {
        constraints.add(constraint(random));
      }
      segments.add(segment);
    }
    for (int f = 0; f < 5; f++) {
      ObjectNode flag = flags.addObject();
      flag.put("key", "variant-" + f);
      flag.put("name", "V" + f);
      flag.put("type", "VARIANT_FLAG_TYPE");
      flag.put("enabled", random.nextInt(6) != 0);
      if (random.nextBoolean()) {
        flag.putObject("defaultVariant").put("id", "d" + f).put("key", "a");
      }
      flag.putArray("rollouts");
      ArrayNode rules = flag.putArray("rules");
      int ruleCount = 1 + random.nextInt(3);
      for (int r = 0; r < ruleCount; r++) {
        ObjectNode rule = rules.addObject();
        rule.put(
            "segmentOperator",
            random.nextBoolean() ? "OR_SEGMENT_OPERATOR" : "AND_SEGMENT_OPERATOR");
        ArrayNode keys = rule.putArray("segments");
        for (ObjectNode segment : pick(segments, 1 + random.nextInt(2), random)) {
          keys.add(segment.deepCopy());
        }
        ArrayNode dists = rule.putArray("distributions");
        if (random.nextInt(8) != 0) {
          int[] split = split(random);
          String[] variants = {"a", "b", "c"};
          for (int d = 0; d < split.length; d++) {
            dists.addObject().put("variantKey", variants[d]).put("rollout", split[d]);
          }
        }
      }
    }
    for (int f = 0; f < 4; f++) {
      ObjectNode flag = flags.addObject();
      flag.put("key", "bool-" + f);
      flag.put("name", "B" + f);
      flag.put("type", "BOOLEAN_FLAG_TYPE");
      flag.put("enabled", random.nextBoolean());
      flag.putArray("rules");
      ArrayNode rollouts = flag.putArray("rollouts");
      int count = random.nextInt(4);
      for (int r = 0; r < count; r++) {
        ObjectNode rollout = rollouts.addObject();
        if (random.nextBoolean()) {
          rollout
              .putObject("threshold")
              .put("percentage", random.nextInt(101))
              .put("value", random.nextBoolean());
        } else {
          ObjectNode seg = rollout.putObject("segment");
          seg.put("value", random.nextBoolean());
          seg.put(
              "segmentOperator",
              random.nextBoolean() ? "OR_SEGMENT_OPERATOR" : "AND_SEGMENT_OPERATOR");
          ArrayNode list = seg.putArray("segments");
          for (ObjectNode segment : pick(segments, 1 + random.nextInt(2), random)) {
            list.add(segment.deepCopy());
          }
        }
      }
    }
    return doc;
  }

  private static ObjectNode constraint(Random random) {
    ObjectNode c = JSON.createObjectNode();
    switch (random.nextInt(5)) {
      case 0, 1 -> {
        String op = STRING_OPS[random.nextInt(STRING_OPS.length)];
        c.put("type", "STRING_CONSTRAINT_COMPARISON_TYPE")
            .put("property", random.nextBoolean() ? "plan" : "region")
            .put("operator", op);
        c.put(
            "value",
            op.endsWith("oneof")
                ? "[\"" + word(random) + "\",\"" + word(random) + "\"]"
                : op.endsWith("empty")
                    ? ""
                    : op.equals("prefix") || op.equals("suffix") || op.contains("contains")
                        ? word(random).substring(0, 2)
                        : word(random));
      }
      case 2 -> {
        String op = NUMBER_OPS[random.nextInt(NUMBER_OPS.length)];
        c.put("type", "NUMBER_CONSTRAINT_COMPARISON_TYPE")
            .put("property", "age")
            .put("operator", op);
        c.put(
            "value",
            op.endsWith("oneof")
                ? "[" + random.nextInt(60) + "," + random.nextInt(60) + "]"
                : op.contains("present") ? "" : String.valueOf(random.nextInt(60)));
      }
      case 3 -> {
        String[] ops = {"true", "false", "present", "notpresent"};
        c.put("type", "BOOLEAN_CONSTRAINT_COMPARISON_TYPE")
            .put("property", "admin")
            .put("operator", ops[random.nextInt(ops.length)])
            .put("value", "");
      }
      default -> {
        String[] ops = {"eq", "neq", "prefix", "isoneof"};
        String op = ops[random.nextInt(ops.length)];
        c.put("type", "ENTITY_ID_CONSTRAINT_COMPARISON_TYPE")
            .put("property", "id")
            .put("operator", op);
        c.put(
            "value",
            op.equals("isoneof")
                ? "[\"user-1\",\"user-2\"]"
                : op.equals("prefix") ? "user-1" : "user-" + random.nextInt(20));
      }
    }
    return c;
  }

  /** An integer split of 100 whose Go v2.9+ (truncating) and Rust (rounding) bounds agree. */
  private static int[] split(Random random) {
    while (true) {
      int parts = 1 + random.nextInt(3);
      int[] split = new int[parts];
      int left = 100;
      for (int i = 0; i < parts - 1; i++) {
        split[i] = 1 + random.nextInt(Math.max(1, left - (parts - 1 - i)));
        left -= split[i];
      }
      split[parts - 1] = left;
      if (left <= 0) {
        continue;
      }
      float[] rollouts = new float[parts];
      for (int i = 0; i < parts; i++) {
        rollouts[i] = split[i];
      }
      int[] go = Engine.V2.bounds(rollouts);
      float acc = 0f;
      boolean same = true;
      for (int i = 0; i < parts - 1; i++) {
        acc += (rollouts[i] / 100f) * 100f;
        same &= Math.round(acc * 10f) == go[i];
      }
      if (same) {
        return split;
      }
    }
  }

  private static List<ObjectNode> requests(ObjectNode doc, Random random) {
    List<ObjectNode> out = new ArrayList<>();
    for (int e = 0; e < 250; e++) {
      String entity = "user-" + random.nextInt(40);
      ObjectNode context = JSON.createObjectNode();
      if (random.nextInt(4) != 0) {
        context.put("plan", word(random));
      }
      if (random.nextInt(4) != 0) {
        context.put("region", word(random));
      }
      if (random.nextInt(4) != 0) {
        context.put("age", String.valueOf(random.nextInt(60)));
      }
      if (random.nextInt(3) != 0) {
        context.put("admin", random.nextBoolean() ? "true" : "false");
      }
      for (JsonNode flag : doc.get("flags")) {
        ObjectNode request = JSON.createObjectNode();
        request.put("flag", flag.get("key").asText());
        request.put("boolean", flag.get("type").asText().startsWith("BOOLEAN"));
        request.put("entity", entity);
        request.set("context", context);
        out.add(request);
      }
    }
    return out;
  }

  private static String word(Random random) {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static <T> List<T> pick(List<T> items, int n, Random random) {
    List<T> copy = new ArrayList<>(items);
    java.util.Collections.shuffle(copy, random);
    return copy.subList(0, n);
  }

  private List<JsonNode> runNode(Path modules, ObjectNode doc, List<ObjectNode> requests)
      throws Exception {
    Path docFile = work.resolve("doc.json");
    Path requestFile = work.resolve("requests.jsonl");
    Files.writeString(docFile, doc.toString());
    StringBuilder lines = new StringBuilder();
    requests.forEach(r -> lines.append(r).append('\n'));
    Files.writeString(requestFile, lines);
    Path script = modules.resolve("differential.mjs");
    Files.writeString(
        script,
        """
        import { FliptClient } from '@flipt-io/flipt-client-js';
        import { readFileSync } from 'node:fs';
        const doc = JSON.parse(readFileSync(process.argv[2], 'utf8'));
        const fetcher = async () => ({ ok: true, status: 200, statusText: 'OK',
          headers: { get: () => null }, json: async () => doc });
        const client = await FliptClient.init({ namespace: 'shop', fetcher, updateInterval: 0 });
        const out = [];
        for (const line of readFileSync(process.argv[3], 'utf8').split('\\n')) {
          if (!line) continue;
          const r = JSON.parse(line);
          const args = { flagKey: r.flag, entityId: r.entity, context: r.context };
          out.push(JSON.stringify(r.boolean ? client.evaluateBoolean(args)
              : client.evaluateVariant(args)));
        }
        process.stdout.write(out.join('\\n') + '\\n');
        client.close();
        """);
    Process node =
        new ProcessBuilder("node", script.toString(), docFile.toString(), requestFile.toString())
            .directory(modules.toFile())
            .redirectErrorStream(false)
            .start();
    byte[] stdout = node.getInputStream().readAllBytes();
    String stderr = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(node.exitValue()).as(stderr).isEqualTo(0);
    List<JsonNode> answers = new ArrayList<>();
    for (String line : new String(stdout, StandardCharsets.UTF_8).split("\n", -1)) {
      if (!line.isBlank()) {
        answers.add(JSON.readTree(line));
      }
    }
    assertThat(answers).hasSameSizeAs(requests);
    return answers;
  }

  /** The npm package in target/flipt-js, installed on first use when node and npm exist. */
  private static Path fliptJs() throws IOException, InterruptedException {
    boolean required = "1".equals(System.getenv("TOLLGATE_REQUIRE_TOOLS"));
    boolean tools = works("node", "--version") && works("npm", "--version");
    if (!required) {
      assumeTrue(
          tools,
          "node/npm not installed; skipping the differential test against Flipt's"
              + " evaluation engine");
    }
    Path dir = Path.of("target", "flipt-js").toAbsolutePath();
    Path marker = dir.resolve("node_modules/@flipt-io/flipt-client-js/package.json");
    if (!Files.exists(marker)) {
      Files.createDirectories(dir);
      Process npm =
          new ProcessBuilder(
                  "npm", "install", "--no-audit", "--no-fund", "--prefix", dir.toString(), PACKAGE)
              .redirectErrorStream(true)
              .start();
      String log = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      boolean ok = npm.waitFor(180, TimeUnit.SECONDS) && npm.exitValue() == 0;
      if (!required) {
        assumeTrue(ok, "could not install " + PACKAGE + " (offline?): " + log);
      }
      assertThat(ok).as(log).isTrue();
    }
    return dir;
  }

  private static boolean works(String... command) {
    try {
      return new ProcessBuilder(command).start().waitFor(30, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
