package dev.tollgate.lint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tollgate.lint.api.Rule;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The meta test of style.md §8: the catalog, the registry and the fixtures agree. */
class RuleCatalogTest {
  /**
   * The domains of the brief, plus {@code argocd} for Argo CD rules (Application, AppProject,
   * ApplicationSet), which the rules use to keep them apart from Argo Rollouts' {@code argo-}.
   */
  private static final String ID_PATTERN =
      "^(k8s|argo|argocd|flag|promql|gha|grafana|yaml|schema)-[a-z0-9-]+$";

  private final List<Rule> rules = BuiltInRules.all();

  @Test
  void ruleIdsAreUniqueAndPrefixedByDomain() {
    Set<String> seen = new HashSet<>();
    for (Rule rule : rules) {
      String id = rule.info().id();
      assertThat(id).as("rule id of %s", rule.getClass().getName()).matches(ID_PATTERN);
      assertThat(seen.add(id)).as("id %s is used twice", id).isTrue();
    }
  }

  @Test
  void everyCatalogIdIsUnique() {
    List<String> ids = RuleCatalog.builtIn().entries().stream().map(CatalogEntry::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void everyEntryHasASummaryAndARemediationEndingWithAPeriod() {
    for (CatalogEntry entry : RuleCatalog.builtIn().entries()) {
      assertThat(entry.summary()).as("summary of %s", entry.id()).isNotBlank();
      assertThat(entry.remediation())
          .as("remediation of %s", entry.id())
          .isNotBlank()
          .endsWith(".");
    }
  }

  @Test
  void everyRuleHasBothFixturesAndNoFixtureFolderIsOrphaned() throws IOException {
    Path fixtures = fixturesFolder();
    assumeTrue(
        Files.isDirectory(fixtures) || rules.isEmpty(),
        "no fixture folder at " + fixtures + " (system property tollgate.root not set?)");
    Set<String> ids = new HashSet<>();
    for (Rule rule : rules) {
      String id = rule.info().id();
      ids.add(id);
      assertThat(fixtures.resolve(id).resolve("valid.yaml"))
          .as("fixture of %s", id)
          .isRegularFile();
      assertThat(fixtures.resolve(id).resolve("invalid.yaml"))
          .as("fixture of %s", id)
          .isRegularFile();
    }
    if (Files.isDirectory(fixtures)) {
      try (Stream<Path> folders = Files.list(fixtures)) {
        List<String> orphans =
            folders
                .filter(Files::isDirectory)
                .map(p -> p.getFileName().toString())
                .filter(name -> !ids.contains(name))
                .sorted()
                .toList();
        assertThat(orphans).as("fixture folders without a rule in BuiltInRules").isEmpty();
      }
    }
  }

  @Test
  void everyRuleClassIsRegisteredInBuiltInRules() throws Exception {
    Set<Class<?>> registered = new HashSet<>();
    rules.forEach(r -> registered.add(r.getClass()));
    List<String> missing = new ArrayList<>();
    for (Class<?> type : ruleClasses()) {
      if (!registered.contains(type)) {
        missing.add(type.getName());
      }
    }
    assertThat(missing).as("Rule classes not listed in BuiltInRules.all()").isEmpty();
  }

  /** Concrete Rule classes compiled from src/main under dev.tollgate.lint.rules. */
  private static List<Class<?>> ruleClasses() throws IOException, URISyntaxException {
    Path classes =
        Path.of(BuiltInRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path rulesFolder = classes.resolve("dev/tollgate/lint/rules");
    List<Class<?>> out = new ArrayList<>();
    if (!Files.isDirectory(rulesFolder)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(rulesFolder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        Class<?> type;
        try {
          type = Class.forName(name, false, BuiltInRules.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
        if (Rule.class.isAssignableFrom(type)
            && !type.isInterface()
            && !Modifier.isAbstract(type.getModifiers())) {
          out.add(type);
        }
      }
    }
    return out;
  }

  private static Path fixturesFolder() {
    String root = System.getProperty("tollgate.root", "");
    return Path.of(root.isEmpty() ? "." : root).resolve("tools/lint/src/test/resources/rules");
  }
}
