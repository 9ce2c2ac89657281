package dev.tollgate.demo;

import dev.tollgate.demo.flags.FeatureFlags;
import dev.tollgate.demo.flags.FlagsConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real flags stack for WebMvc slices: the tollgate provider over a private copy of the fixture
 * flags in src/test/resources/flags, so a test may rewrite them to exercise hot reload.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({FlagsConfiguration.class, FeatureFlags.class})
public class FlagsTestConfiguration {

  @Bean
  MeterRegistry meterRegistry() {
    return new SimpleMeterRegistry();
  }

  /** Copies the fixture flags into a fresh directory and points {@code demo.flags.*} at it. */
  public static Path useFixtureFlags(DynamicPropertyRegistry registry) {
    try {
      Path dir = Files.createTempDirectory("demo-flags");
      Path target = Files.createDirectories(dir.resolve("default")).resolve("features.yaml");
      Files.copy(fixture(), target, StandardCopyOption.REPLACE_EXISTING);
      registry.add("demo.flags.directory", dir::toString);
      registry.add("demo.flags.namespace", () -> "default");
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path fixture() {
    return Path.of("src/test/resources/flags/default/features.yaml");
  }
}
