package dev.tollgate.lint.engine;

import dev.tollgate.lint.api.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every id a run can report: policy rules, then built-in checks, sorted by id within each group.
 * {@code tollgate rules list}, {@code docs/rules.md} and config validation all read this.
 */
public final class RuleCatalog {
  private final List<CatalogEntry> entries;

  public RuleCatalog(List<Rule> rules, List<CatalogEntry> checks) {
    List<CatalogEntry> all = new ArrayList<>();
    rules.stream()
        .map(r -> CatalogEntry.of(r.info()))
        .sorted(Comparator.comparing(CatalogEntry::id))
        .forEach(all::add);
    checks.stream().sorted(Comparator.comparing(CatalogEntry::id)).forEach(all::add);
    this.entries = List.copyOf(all);
  }

  /** The built-in rules and checks, plus those of the integrated modules. */
  public static RuleCatalog builtIn() {
    return new RuleCatalog(BuiltInRules.all(), Integrations.catalogEntries());
  }

  public List<CatalogEntry> entries() {
    return entries;
  }

  public Set<String> ids() {
    return entries.stream().map(CatalogEntry::id).collect(Collectors.toUnmodifiableSet());
  }
}
