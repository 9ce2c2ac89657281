package dev.tollgate.demo.system;

import dev.tollgate.demo.flags.FeatureFlags;
import dev.tollgate.demo.flags.FlagSubject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Injects the configured faults into API calls. It runs inside the handler chain, so injected
 * errors and delays show up in {@code http_server_requests_seconds} with the real {@code uri} tag,
 * exactly like a genuine regression would.
 */
@Component
public class FaultInjectionInterceptor implements HandlerInterceptor {
  static final String SLOW_RESPONSES_FLAG = "slow-responses";
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(FaultInjectionInterceptor.class);

  private final FaultProperties faults;
  private final FeatureFlags flags;

  public FaultInjectionInterceptor(FaultProperties faults, FeatureFlags flags) {
    this.faults = faults;
    this.flags = flags;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws InterruptedException {
    long delay = faults.latencyMs();
    if (faults.flagLatencyMs() > 0) {
      String user = request.getHeader("X-User-Id");
      if (user == null) {
        user = request.getParameter("user");
      }
      FlagSubject subject = UserIds.subject(user == null ? "anonymous" : user, request);
      if (flags.isEnabled(SLOW_RESPONSES_FLAG, subject, false)) {
        delay += faults.flagLatencyMs();
      }
    }
    if (delay > 0) {
      Thread.sleep(delay);
    }
    if (faults.errorRate() > 0 && ThreadLocalRandom.current().nextDouble() < faults.errorRate()) {
      LOG.warn(
          "injected fault on {} (fault.error-rate {})",
          request.getRequestURI(),
          faults.errorRate());
      throw new ResponseStatusException(
          HttpStatus.INTERNAL_SERVER_ERROR, "injected fault (fault.error-rate)");
    }
    return true;
  }
}
