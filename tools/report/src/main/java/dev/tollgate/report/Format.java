package dev.tollgate.report;

import com.google.errorprone.annotations.Immutable;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The output formats of {@code tollgate check --format}. */
public enum Format {
  TEXT(new TextRenderer()),
  JSON(new JsonRenderer()),
  SARIF(new SarifRenderer()),
  JUNIT(new JunitRenderer()),
  GITHUB(new GithubRenderer());

  private final Renderer renderer;

  Format(Renderer renderer) {
    this.renderer = renderer;
  }

  public void render(Report report, Writer out) throws IOException {
    renderer.render(report, out);
    out.flush();
  }

  /** Parses {@code text|json|sarif|junit|github}, any case. */
  public static Format parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }

  /** Renders one report in one format; stateless, so the enum constants can share one. */
  @Immutable
  interface Renderer {
    void render(Report report, Writer out) throws IOException;
  }
}
