package dev.tollgate.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FlagRulesTest {

  @Test
  void catalogListsEveryRuleIdTheSourcesReport() throws IOException {
    Set<String> used = new TreeSet<>();
    Pattern id = Pattern.compile("\"(flag-[a-z0-9-]+)\"");
    Path main = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(main)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (file.endsWith("FlagRules.java")) {
          continue;
        }
        Matcher m = id.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    Set<String> catalog = new TreeSet<>();
    FlagRules.catalog().forEach(r -> catalog.add(r.id()));
    assertThat(used).isNotEmpty();
    assertThat(catalog).isEqualTo(used);
    FlagRules.catalog()
        .forEach(
            r -> {
              assertThat(r.summary()).isNotBlank();
              assertThat(r.remediation()).endsWith(".");
            });
  }
}
