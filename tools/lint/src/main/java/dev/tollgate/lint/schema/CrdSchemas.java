package dev.tollgate.lint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code CustomResourceDefinition}s ({@code --crd FILE|DIR}) into schemas by {@code
 * apiVersion/Kind}: one per served version, from {@code spec.versions[].schema.openAPIV3Schema} (or
 * the legacy {@code spec.validation.openAPIV3Schema}).
 */
public final class CrdSchemas {
  private CrdSchemas() {}

  public static Map<String, JsonNode> read(List<Path> paths, Path root) {
    Map<String, JsonNode> out = new HashMap<>();
    for (Path path : paths) {
      Path resolved = root.resolve(path);
      if (Files.isDirectory(resolved)) {
        try (Stream<Path> files = Files.walk(resolved)) {
          for (Path file :
              files.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
            readFile(file, display(file, root), out);
          }
        } catch (IOException e) {
          throw unreadable(path.toString(), e);
        }
      } else if (Files.isRegularFile(resolved)) {
        readFile(resolved, display(resolved, root), out);
      } else {
        throw unreadable(path.toString(), new IOException("no such file or folder"));
      }
    }
    return out;
  }

  private static void readFile(Path file, String displayPath, Map<String, JsonNode> out) {
    for (YNode document : YTrees.documents(new YamlLoader().load(file, displayPath))) {
      if (!document.text("kind").orElse("").equals("CustomResourceDefinition")) {
        continue;
      }
      String group = document.text("spec", "group").orElse("");
      String kind = document.text("spec", "names", "kind").orElse("");
      YNode legacy = document.get("spec", "validation", "openAPIV3Schema").orElse(null);
      for (YNode version : document.items("spec", "versions")) {
        String name = version.text("name").orElse("");
        YNode schema = version.get("schema", "openAPIV3Schema").orElse(legacy);
        if (schema != null && !group.isEmpty() && !kind.isEmpty()) {
          out.put(group + "/" + name + "/" + kind, JsonTrees.of(schema));
        }
      }
    }
  }

  private static String display(Path file, Path root) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : file.toString();
  }

  private static InputException unreadable(String path, IOException e) {
    return new InputException(
        Diagnostic.error(
            Position.ofFile(path),
            "io-error",
            "cannot read CRD: " + e.getMessage(),
            "Pass a CRD YAML file or a folder of them to --crd."),
        e);
  }
}
