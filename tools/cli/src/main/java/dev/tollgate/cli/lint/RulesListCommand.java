package dev.tollgate.cli.lint;

import dev.tollgate.lint.engine.RuleCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tollgate rules list}: the catalog of rules and built-in checks. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "Prints every rule and built-in check tollgate check can report.",
      "docs/rules.md is the --format markdown output."
    })
public final class RulesListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), markdown or json.")
  String format = "text";

  @Override
  public Integer call() {
    RuleCatalog catalog = RuleCatalog.builtIn();
    String text =
        switch (format) {
          case "text" -> CatalogFormats.text(catalog);
          case "markdown" -> CatalogFormats.markdown(catalog);
          case "json" -> CatalogFormats.json(catalog);
          default ->
              throw new picocli.CommandLine.ParameterException(
                  spec.commandLine(),
                  "unknown format \"" + format + "\"; use text, markdown or json");
        };
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
