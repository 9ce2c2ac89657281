package dev.tollgate.lint.testing;

import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import dev.tollgate.lint.api.SourceFile;
import dev.tollgate.lint.api.Workspace;
import dev.tollgate.lint.engine.LintWorkspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory workspace for rule tests: YAML text in, a {@link Workspace} out, parsed by the same
 * loader a real run uses.
 *
 * <pre>{@code
 * Workspace ws = TestWorkspace.builder().yaml("app.yaml", text).today(LocalDate.of(2026, 1, 1)).build();
 * }</pre>
 */
public final class TestWorkspace {
  private TestWorkspace() {}

  public static Workspace of(String path, String yaml) {
    return builder().yaml(path, yaml).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects files and settings; {@link #build()} parses them. */
  public static final class Builder {
    private final List<SourceFile> files = new ArrayList<>();
    private LocalDate today = LocalDate.now(ZoneId.systemDefault());
    private String kubernetesVersion = LintWorkspace.DEFAULT_KUBERNETES_VERSION;
    private Path root = Path.of(".");

    private Builder() {}

    /** Adds a file; throws {@code InputException} when the YAML itself is malformed. */
    public Builder yaml(String path, String text) {
      files.add(
          new SourceFile(
              path, root.resolve(path), YTrees.documents(new YamlLoader().loadText(path, text))));
      return this;
    }

    public Builder today(LocalDate date) {
      this.today = date;
      return this;
    }

    public Builder kubernetesVersion(String version) {
      this.kubernetesVersion = version;
      return this;
    }

    public Builder root(Path path) {
      this.root = path;
      return this;
    }

    public Workspace build() {
      return new LintWorkspace(root, files, today, kubernetesVersion);
    }
  }
}
