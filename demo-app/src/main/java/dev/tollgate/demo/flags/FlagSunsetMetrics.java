package dev.tollgate.demo.flags;

import dev.openfeature.sdk.OpenFeatureAPI;
import dev.tollgate.flags.model.Flag;
import dev.tollgate.flags.openfeature.TollgateFlagsProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Publishes {@code feature_flag_sunset_timestamp_seconds{flag,owner,type}} from flag metadata, so
 * the FlagPastSunset and TooManyOldFlags alerts see what the running service actually serves.
 * Refreshed on every configuration change the provider announces.
 */
@Component
public class FlagSunsetMetrics {
  private final TollgateFlagsProvider provider;
  private final String namespace;
  private final MultiGauge gauge;

  public FlagSunsetMetrics(
      TollgateFlagsProvider provider, FlagsProperties properties, MeterRegistry registry) {
    this.provider = provider;
    this.namespace = properties.namespace();
    this.gauge =
        MultiGauge.builder("feature_flag_sunset_timestamp")
            .baseUnit("seconds")
            .description("Planned removal date of each feature flag (metadata.sunset), unix time")
            .register(registry);
    refresh();
    OpenFeatureAPI.getInstance().onProviderConfigurationChanged(event -> refresh());
    OpenFeatureAPI.getInstance().onProviderReady(event -> refresh());
  }

  final void refresh() {
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    provider
        .flags()
        .flatMap(set -> set.namespace(namespace))
        .ifPresent(ns -> ns.flags().values().forEach(flag -> row(flag, rows)));
    gauge.register(rows, true);
  }

  private static void row(Flag flag, List<MultiGauge.Row<?>> rows) {
    String sunset = flag.metadata().get("sunset");
    if (sunset == null) {
      return; // permanent flags have no sunset
    }
    try {
      long seconds = LocalDate.parse(sunset).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
      rows.add(
          MultiGauge.Row.of(
              Tags.of(
                  "flag", flag.key(),
                  "owner", flag.metadata().getOrDefault("owner", ""),
                  "type", flag.metadata().getOrDefault("type", "")),
              seconds));
    } catch (DateTimeParseException e) {
      // tollgate check rejects unparseable dates before merge; a running service just skips them
    }
  }
}
