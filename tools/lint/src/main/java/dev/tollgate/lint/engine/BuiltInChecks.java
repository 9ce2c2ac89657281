package dev.tollgate.lint.engine;

import static dev.tollgate.core.Severity.ERROR;
import static dev.tollgate.core.Severity.WARNING;

import dev.tollgate.core.Severity;
import java.util.List;

/**
 * Checks done by the loader, the schema validator and the engine itself. They are not {@code Rule}s
 * (they run before rules or around them) but report with ids like rules do, so they are listed in
 * the catalog and in {@code docs/rules.md}.
 */
public final class BuiltInChecks {
  private BuiltInChecks() {}

  public static final String SYMLINK_ESCAPE = "fs-symlink-escape";
  public static final String IO_ERROR = "io-error";
  public static final String CONFIG = "config-invalid";
  public static final String AMBIGUOUS_SCALAR = "yaml-ambiguous-scalar";
  public static final String UNKNOWN_FIELD = "schema-unknown-field";
  public static final String TYPE = "schema-type";
  public static final String REQUIRED = "schema-required";
  public static final String VALUE = "schema-value";
  public static final String MISSING_SCHEMA = "schema-missing";
  public static final String IGNORE_REASON = "lint-ignore-reason";
  public static final String IGNORE_UNKNOWN = "lint-ignore-unknown-rule";
  public static final String INTERNAL = "internal-error";

  private static final List<CatalogEntry> ALL =
      List.of(
          check(
              CONFIG,
              ERROR,
              ".tollgate.yaml must be valid: known keys, known rule ids, valid values.",
              "Fix the key or value named in the message.",
              ".tollgate.yaml"),
          check(
              SYMLINK_ESCAPE,
              ERROR,
              "Symbolic links in the checked tree must stay inside it.",
              "Replace the link with the file it points to, or exclude it in .tollgate.yaml.",
              "any file"),
          check(
              INTERNAL,
              ERROR,
              "A rule crashed: a bug in tollgate, not in the checked files (exit code 3).",
              "Report the bug with the file named in the message; disable the rule meanwhile.",
              "any object"),
          check(
              IO_ERROR,
              ERROR,
              "Every selected file must be readable.",
              "Check that the file exists and is readable.",
              "any file"),
          check(
              IGNORE_REASON,
              ERROR,
              "A tollgate.dev/ignore annotation must come with tollgate.dev/ignore-reason.",
              "Add a tollgate.dev/ignore-reason annotation saying why the rule does not apply.",
              "any object"),
          check(
              IGNORE_UNKNOWN,
              ERROR,
              "A tollgate.dev/ignore annotation must name existing rule ids.",
              "Use an id listed by tollgate rules list.",
              "any object"),
          check(
              MISSING_SCHEMA,
              WARNING,
              "Every object should have a schema: a core kind, a shipped custom resource, or a"
                  + " --crd.",
              "Pass the CRD with --crd (or crds: in .tollgate.yaml), or fix apiVersion/kind.",
              "any object"),
          check(
              REQUIRED,
              ERROR,
              "Fields the schema requires must be present.",
              "Add the missing field.",
              "any object"),
          check(
              TYPE,
              ERROR,
              "Every value must have the type its schema declares.",
              "Write the value with the declared type; quote strings that look like numbers.",
              "any object"),
          check(
              UNKNOWN_FIELD,
              ERROR,
              "Objects must not contain fields their schema does not declare.",
              "Fix the spelling or the indentation of the field, or remove it.",
              "any object"),
          check(
              VALUE,
              ERROR,
              "Values must satisfy their schema's enum, range and pattern constraints.",
              "Use one of the values the message names.",
              "any object"),
          check(
              "yaml-alias-limit",
              ERROR,
              "Aliases to collections are bounded, so alias bombs cannot exhaust memory.",
              "Write the repeated structure out, or use fewer anchors.",
              "YAML"),
          check(
              AMBIGUOUS_SCALAR,
              WARNING,
              "Unquoted YAML 1.1 booleans, octals and base-60 numbers must not be used as strings.",
              "Quote the value, e.g. \"yes\" or \"0777\"; YAML 1.1 readers turn it into a bool or"
                  + " number.",
              "YAML"),
          check(
              "yaml-binary",
              ERROR,
              "Checked files must be text, not binary.",
              "Remove the file from the checked tree or exclude it in .tollgate.yaml.",
              "YAML"),
          check(
              "yaml-duplicate-key",
              ERROR,
              "A mapping must not repeat a key.",
              "Remove one of the two keys; YAML tools disagree on which one wins.",
              "YAML"),
          check(
              "yaml-encoding",
              ERROR,
              "Files must be valid UTF-8.",
              "Save the file as UTF-8.",
              "YAML"),
          check(
              "yaml-syntax",
              ERROR,
              "Files must be well-formed YAML (or JSON).",
              "Fix the YAML syntax at this position.",
              "YAML"),
          check(
              "yaml-too-deep",
              ERROR,
              "Nesting is bounded so hostile files cannot overflow the stack.",
              "Flatten the structure; no manifest needs this depth.",
              "YAML"),
          check(
              "yaml-too-large",
              ERROR,
              "Files are bounded in size (10 MiB unless maxFileBytes says otherwise).",
              "Split the file, exclude it, or raise maxFileBytes in .tollgate.yaml.",
              "YAML"),
          check(
              "yaml-unsafe-tag",
              ERROR,
              "YAML tags must not construct objects (!!python/..., !!javax...).",
              "Remove the tag; write plain YAML values.",
              "YAML"));

  public static List<CatalogEntry> all() {
    return ALL;
  }

  private static CatalogEntry check(
      String id, Severity severity, String summary, String remediation, String appliesTo) {
    return new CatalogEntry(
        id, severity, summary, remediation, List.of(appliesTo), true, CatalogEntry.BUILT_IN);
  }
}
