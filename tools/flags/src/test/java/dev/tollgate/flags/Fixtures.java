package dev.tollgate.flags;

import dev.tollgate.flags.eval.Engine;
import dev.tollgate.flags.eval.Evaluator;
import dev.tollgate.flags.load.FlagLoader;
import dev.tollgate.flags.load.LoadResult;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads flag files from strings, as the loader would from a directory. */
public final class Fixtures {
  private Fixtures() {}

  /** One file {@code ns/features.yaml} with {@code yaml} as content. */
  public static LoadResult load(String namespace, String yaml) {
    return files(Map.of(namespace + "/features.yaml", yaml));
  }

  public static LoadResult files(Map<String, String> files) {
    Map<String, String> sorted = new LinkedHashMap<>(files);
    return FlagLoader.load(
        List.copyOf(sorted.keySet()),
        p -> sorted.get(p).getBytes(StandardCharsets.UTF_8),
        "flags/");
  }

  public static Evaluator evaluator(String namespace, String yaml, Engine engine) {
    LoadResult result = load(namespace, yaml);
    if (result.hasErrors()) {
      throw new AssertionError("fixture has errors: " + result.diagnostics());
    }
    return Evaluator.compile(result.flags(), engine);
  }
}
