package dev.tollgate.lint.engine;

import dev.tollgate.core.Severity;
import dev.tollgate.lint.api.RuleInfo;
import java.util.List;

/**
 * One line of the catalog: a policy rule, or a built-in check (loading, schema) that is not a
 * {@code Rule} but reports with an id all the same.
 *
 * @param source "rule" for policy rules, "built-in check" for loader and schema checks, or the
 *     module that owns the check (e.g. "flags")
 */
public record CatalogEntry(
    String id,
    Severity severity,
    String summary,
    String remediation,
    List<String> appliesTo,
    boolean enabledByDefault,
    String source) {

  public static final String RULE = "rule";
  public static final String BUILT_IN = "built-in check";

  public CatalogEntry {
    appliesTo = List.copyOf(appliesTo);
  }

  public static CatalogEntry of(RuleInfo info) {
    return new CatalogEntry(
        info.id(),
        info.severity(),
        info.summary(),
        info.remediation(),
        List.of(info.appliesTo()),
        info.enabledByDefault(),
        RULE);
  }
}
