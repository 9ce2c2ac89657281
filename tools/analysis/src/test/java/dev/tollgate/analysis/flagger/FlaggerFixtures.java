package dev.tollgate.analysis.flagger;

import dev.tollgate.core.yaml.YTrees;
import dev.tollgate.core.yaml.YamlLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Loads the Flagger fixtures under src/test/resources/flagger. */
final class FlaggerFixtures {
  private FlaggerFixtures() {}

  static FlaggerLoader.Documents load(String name) {
    try {
      Path path = Path.of(FlaggerFixtures.class.getResource("/flagger/" + name).toURI());
      return FlaggerLoader.read(YTrees.documents(new YamlLoader().load(path, name)));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
