package dev.tollgate.demo.flags;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where flags come from: a directory of Flipt declarative files (the repository's {@code flags/},
 * hot-reloaded), or the Flipt server when {@code FLIPT_URL} is set (in the cluster).
 *
 * @param directory flags directory; relative paths resolve against the working directory
 * @param namespace Flipt namespace
 * @param fliptUrl base URL of the Flipt server; empty means read the directory
 * @param pollInterval how often the Flipt snapshot is polled
 * @param evaluate false skips evaluation entirely, answering defaults (switchable over JMX)
 */
@ConfigurationProperties("demo.flags")
public record FlagsProperties(
    @DefaultValue("flags") Path directory,
    @DefaultValue("default") String namespace,
    @DefaultValue("") String fliptUrl,
    @DefaultValue("5s") Duration pollInterval,
    @DefaultValue("true") boolean evaluate) {}
