package dev.tollgate.demo.system;

import dev.tollgate.demo.flags.VariantMetricsInterceptor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Faults apply to the shop API only, never to actuator probes and scrapes. */
@Configuration
@EnableConfigurationProperties(FaultProperties.class)
public class WebConfiguration implements WebMvcConfigurer {
  private static final String[] API = {"/price", "/checkout", "/recommendation"};

  private final FaultInjectionInterceptor faults;
  private final VariantMetricsInterceptor variantMetrics;

  public WebConfiguration(
      FaultInjectionInterceptor faults, VariantMetricsInterceptor variantMetrics) {
    this.faults = faults;
    this.variantMetrics = variantMetrics;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // metrics first, so a request failed by an injected fault is still counted under its variant
    registry.addInterceptor(variantMetrics).addPathPatterns(API);
    registry.addInterceptor(faults).addPathPatterns(API);
  }
}
