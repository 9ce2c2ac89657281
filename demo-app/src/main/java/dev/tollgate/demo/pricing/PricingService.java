package dev.tollgate.demo.pricing;

import dev.tollgate.demo.flags.FeatureFlags;
import dev.tollgate.demo.flags.FlagSubject;
import dev.tollgate.demo.flags.VariantOutcomes;
import dev.tollgate.demo.system.UserIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Legacy pricing is the list price; the new tiered pricing takes 10% off items over 50.00 and 5%
 * off the rest. The kill switch forces legacy pricing for everybody, without a redeploy.
 */
@Service
public class PricingService {
  static final String FLAG = "new-pricing";
  static final String KILL_SWITCH = "pricing-kill-switch";
  static final String LEGACY = "legacy";

  private static final BigDecimal THRESHOLD = new BigDecimal("50.00");

  private final FeatureFlags flags;
  private final MeterRegistry registry;
  // one counter per variant, registered once instead of looked up in the registry per request
  private final Map<String, Counter> computations = new ConcurrentHashMap<>();

  public PricingService(FeatureFlags flags, MeterRegistry registry) {
    this.flags = flags;
    this.registry = registry;
  }

  public PricingController.PriceQuote quote(String sku, String user, HttpServletRequest request) {
    FlagSubject subject = UserIds.subject(user, request);
    String variant =
        flags.isEnabled(KILL_SWITCH, subject, false)
            ? LEGACY
            : flags.variant(FLAG, subject, LEGACY);
    VariantOutcomes.servedBy(request, FLAG, variant);
    BigDecimal list = Sku.listPrice(sku);
    boolean tiered = !LEGACY.equals(variant) && !"control".equals(variant);
    BigDecimal price = tiered ? tiered(list) : list;
    computations
        .computeIfAbsent(variant, v -> registry.counter("demo_price_computations", "variant", v))
        .increment();
    return new PricingController.PriceQuote(sku, user, price, "EUR", tiered ? "tiered" : LEGACY);
  }

  static BigDecimal tiered(BigDecimal list) {
    BigDecimal factor =
        list.compareTo(THRESHOLD) > 0 ? new BigDecimal("0.90") : new BigDecimal("0.95");
    return list.multiply(factor).setScale(2, RoundingMode.HALF_EVEN);
  }
}
