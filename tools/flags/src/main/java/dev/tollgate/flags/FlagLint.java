package dev.tollgate.flags;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.InputException;
import dev.tollgate.core.Position;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import dev.tollgate.flags.lifecycle.LifecycleCheck;
import dev.tollgate.flags.lifecycle.SourceReferences;
import dev.tollgate.flags.load.Findings;
import dev.tollgate.flags.load.FlagLoader;
import dev.tollgate.flags.load.LoadResult;
import dev.tollgate.flags.model.Flag;
import dev.tollgate.flags.model.Namespace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything {@code tollgate check} and {@code tollgate flags lint} report about flags: Flipt
 * validation of the flags directory, the lifecycle policy, and the cross-check between flag files
 * and the keys the application's source uses.
 */
public final class FlagLint {
  private FlagLint() {}

  /** Validation + lifecycle + source references; every rule id starts with {@code flag-}. */
  public static List<Diagnostic> check(Path repoRoot, FlagPolicy policy) {
    String dirName = policy.flagsDir().endsWith("/") ? policy.flagsDir() : policy.flagsDir() + "/";
    Path dir = repoRoot.resolve(policy.flagsDir());
    LoadResult loaded = FlagLoader.load(dir, dirName);
    Findings findings = new Findings();
    loaded.diagnostics().forEach(findings::add);
    if (!Files.isDirectory(dir)) {
      return findings.sorted();
    }
    Optional<Set<String>> owners =
        owners(dir.resolve("owners.yaml"), dirName + "owners.yaml", findings);
    LifecycleCheck.check(loaded.flags(), owners, policy, findings);
    references(repoRoot, loaded, policy, findings);
    return findings.sorted();
  }

  /** The teams in {@code owners.yaml}: {@code teams: [name | {name: ...}]}. */
  static Optional<Set<String>> owners(Path file, String display, Findings findings) {
    if (!Files.isRegularFile(file)) {
      findings.error(
          Position.ofFile(display),
          "flag-owners-file",
          "no owners list at " + display + "; flag owners cannot be checked",
          "Create " + display + " with teams: [{name: team-a}, ...].");
      return Optional.empty();
    }
    try {
      Set<String> teams = new LinkedHashSet<>();
      for (YNode doc : YTrees.documents(new YamlLoader().load(file, display))) {
        for (YNode team : doc.items("teams")) {
          Optional<String> name =
              team instanceof YNode.YScalar s ? Optional.of(s.text()) : team.text("name");
          if (name.isPresent()) {
            teams.add(name.get());
          } else {
            findings.error(
                team.position(),
                "flag-owners-file",
                "team entry has no name",
                "Write each team as a name or as {name: team-a, ...}.");
          }
        }
      }
      if (teams.isEmpty()) {
        findings.error(
            Position.ofFile(display),
            "flag-owners-file",
            display + " lists no teams",
            "Add teams: [{name: team-a}, ...].");
      }
      return Optional.of(teams);
    } catch (InputException e) {
      findings.add(e.diagnostic());
      return Optional.empty();
    }
  }

  private static void references(
      Path repoRoot, LoadResult loaded, FlagPolicy policy, Findings findings) {
    if (policy.sourceRoots().isEmpty()) {
      return;
    }
    SourceReferences.Scan scan = SourceReferences.scan(repoRoot, policy.sourceRoots());
    Set<String> defined = new HashSet<>();
    for (Namespace ns : loaded.flags().namespaces().values()) {
      for (Flag flag : ns.flags().values()) {
        defined.add(flag.key());
        if (!scan.mentions().containsKey(flag.key())) {
          findings.warning(
              flag.position(),
              "flag-unreferenced",
              "flag "
                  + flag.key()
                  + " is not referenced in "
                  + String.join(", ", policy.sourceRoots()),
              "Delete the flag if its code is gone, or add the directory that uses it to"
                  + " flags.sourceRoots in .tollgate.yaml.");
        }
      }
    }
    scan.references()
        .forEach(
            (key, positions) -> {
              if (!defined.contains(key)) {
                for (Position at : positions) {
                  findings.error(
                      at,
                      "flag-undefined-reference",
                      "source references flag \"" + key + "\", which no flag file defines",
                      "Define the flag in "
                          + policy.flagsDir()
                          + "/<namespace>/features.yaml, or fix"
                          + " the key.");
                }
              }
            });
  }
}
