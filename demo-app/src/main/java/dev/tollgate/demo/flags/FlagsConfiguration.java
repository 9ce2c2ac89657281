package dev.tollgate.demo.flags;

import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.ThreadLocalTransactionContextPropagator;
import dev.tollgate.flags.openfeature.TollgateFlagsProvider;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires OpenFeature to the tollgate provider: in-process Flipt-exact evaluation, from the flags
 * directory (hot reload) or, when {@code FLIPT_URL} is set, from the Flipt server's snapshot.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FlagsProperties.class)
public class FlagsConfiguration {

  @Bean(destroyMethod = "close")
  TollgateFlagsProvider flagsProvider(FlagsProperties properties, MeterRegistry registry) {
    TollgateFlagsProvider provider =
        properties.fliptUrl().isBlank()
            ? TollgateFlagsProvider.fromDirectory(
                properties.directory().toAbsolutePath(), properties.namespace())
            : TollgateFlagsProvider.fromFlipt(
                URI.create(properties.fliptUrl()),
                properties.namespace(),
                properties.pollInterval());
    return provider.withMetrics(new MicrometerEvaluationMetrics(registry));
  }

  /**
   * The app's OpenFeature client. Registering the provider with the SDK also runs its lifecycle: it
   * is set on the API singleton and waited for, so the first request already sees the flags (or
   * start-up fails with the flags file's positioned error), and the SDK shuts it down. {@link
   * FeatureFlags} reads the provider's snapshot directly; this client answers the same.
   *
   * <p>The SDK merges a transaction context into every evaluation; its default propagator answers a
   * new empty context each time (an allocation per evaluation for nothing). The thread-local
   * propagator answers null while no transaction context is set, which the merge skips; the app
   * passes each request's context explicitly and never sets one.
   */
  @Bean
  Client flagsClient(TollgateFlagsProvider provider) {
    OpenFeatureAPI api = OpenFeatureAPI.getInstance();
    api.setTransactionContextPropagator(new ThreadLocalTransactionContextPropagator());
    api.setProviderAndWait(provider);
    return api.getClient("demo-app");
  }
}
