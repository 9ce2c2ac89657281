package dev.tollgate.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.lint.engine.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is the output of {@code tollgate rules list --format markdown}, never stale. */
class GeneratedDocsTest {
  private static final Path ROOT = Path.of(System.getProperty("tollgate.root", "."));

  @Test
  void rulesMarkdownIsUpToDate() throws IOException {
    Path docs = ROOT.resolve("docs/rules.md");
    assumeTrue(Files.isDirectory(ROOT.resolve("tools")), "repository root unknown: " + ROOT);
    String expected = CatalogFormats.markdown(RuleCatalog.builtIn());
    String actual = Files.exists(docs) ? Files.readString(docs) : "(missing)";
    assertThat(actual)
        .as("docs/rules.md is stale; regenerate it with: " + CatalogFormats.REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void rulesListPrintsTheSameMarkdown() {
    CheckRun run = CheckRun.of("rules", "list", "--format", "markdown");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(CatalogFormats.markdown(RuleCatalog.builtIn()));
  }

  @Test
  void rulesListJsonHasEveryCatalogId() throws IOException {
    CheckRun run = CheckRun.of("rules", "list", "--format", "json");
    JsonNode array = new ObjectMapper().readTree(run.out());
    assertThat(array.size()).isEqualTo(RuleCatalog.builtIn().entries().size());
    assertThat(array.findValuesAsText("id")).contains("schema-unknown-field", "yaml-syntax");
  }

  @Test
  void rulesListRejectsAnUnknownFormat() {
    CheckRun run = CheckRun.of("rules", "list", "--format", "html");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown format \"html\"");
  }
}
