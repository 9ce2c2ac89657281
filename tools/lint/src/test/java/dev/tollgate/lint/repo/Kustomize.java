package dev.tollgate.lint.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Renders a kustomization with the real {@code kubectl kustomize}, as Argo CD does. */
final class Kustomize {

  private Kustomize() {}

  /**
   * The objects {@code kubectl kustomize dir} renders, parsed with tollgate's safe loader. Skips
   * the calling test when kubectl is absent (fails with TOLLGATE_REQUIRE_TOOLS=1).
   */
  static List<YNode> render(Path dir) throws IOException, InterruptedException {
    Path kubectl = RepoLayout.requireTool("kubectl");
    Process process =
        new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    CompletableFuture<String> stderr = readAsync(process.getErrorStream());
    String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("kubectl kustomize " + dir + " did not finish within 60 s");
    }
    assertThat(process.exitValue())
        .as("kubectl kustomize %s failed:%n%s", dir, stderr.join())
        .isZero();
    List<YNode> objects = new ArrayList<>();
    for (YNode document :
        YTrees.documents(new YamlLoader().loadText("kustomize:" + dir.getFileName(), stdout))) {
      if (document instanceof YNode.YMap) {
        objects.add(document);
      }
    }
    return objects;
  }

  private static CompletableFuture<String> readAsync(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            return "(stderr unreadable: " + e.getMessage() + ")";
          }
        });
  }
}
