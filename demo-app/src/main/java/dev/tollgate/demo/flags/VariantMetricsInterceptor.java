package dev.tollgate.demo.flags;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records {@code feature_flag_variant_requests_seconds{flag,variant,outcome}}. The timers are
 * registered once per tag combination and kept: the registry's own lookup builds and sorts an id on
 * every call, which showed up on every API request.
 */
@Component
public class VariantMetricsInterceptor implements HandlerInterceptor {
  private static final String STARTED = VariantMetricsInterceptor.class.getName() + ".started";

  /** A combination of tags; few of them (flags x variants x 3 outcomes). */
  private record Key(String flag, String variant, String outcome) {}

  private final MeterRegistry registry;
  private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

  public VariantMetricsInterceptor(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    request.setAttribute(STARTED, System.nanoTime());
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception error) {
    Object flag = request.getAttribute(VariantOutcomes.FLAG);
    Object started = request.getAttribute(STARTED);
    if (flag == null || !(started instanceof Long start)) {
      return;
    }
    int status = error != null && response.getStatus() < 400 ? 500 : response.getStatus();
    Key key =
        new Key(
            flag.toString(),
            String.valueOf(request.getAttribute(VariantOutcomes.VARIANT)),
            outcome(status));
    timers
        .computeIfAbsent(key, this::timer)
        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
  }

  private Timer timer(Key key) {
    return Timer.builder("feature_flag_variant_requests")
        .description("Requests served per feature flag variant, by outcome")
        .tag("flag", key.flag())
        .tag("variant", key.variant())
        .tag("outcome", key.outcome())
        .serviceLevelObjectives(RequestBuckets.boundaries())
        .register(registry);
  }

  private static String outcome(int status) {
    if (status >= 500) {
      return "SERVER_ERROR";
    }
    return status >= 400 ? "CLIENT_ERROR" : "SUCCESS";
  }
}
