package dev.tollgate.demo.checkout;

import dev.tollgate.demo.flags.FeatureFlags;
import dev.tollgate.demo.flags.VariantOutcomes;
import dev.tollgate.demo.pricing.Sku;
import dev.tollgate.demo.system.UserIds;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Classic checkout returns a cart to review; one-click checkout places the order at once. Both
 * compute the same total, so the flag changes the flow, not the money.
 */
@Service
public class CheckoutService {
  static final String FLAG = "one-click-checkout";

  /** One line of a cart. */
  public record Item(
      @NotNull @Pattern(regexp = Sku.PATTERN, message = Sku.MESSAGE) String sku,
      @Min(1) @Max(100) int quantity) {}

  /** The request body of {@code /checkout}. */
  public record Cart(String user, @NotEmpty @Size(max = 50) List<@Valid @NotNull Item> items) {}

  /** The answer: {@code flow} is {@code one-click} or {@code classic}. */
  public record CheckoutResult(
      String flow, String status, String orderId, BigDecimal total, String nextStep) {}

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(CheckoutService.class);

  private final FeatureFlags flags;
  private final MeterRegistry registry;

  public CheckoutService(FeatureFlags flags, MeterRegistry registry) {
    this.flags = flags;
    this.registry = registry;
  }

  public CheckoutResult checkout(Cart cart, String user, HttpServletRequest request) {
    boolean oneClick = flags.isEnabled(FLAG, UserIds.subject(user, request), false);
    VariantOutcomes.servedBy(request, FLAG, String.valueOf(oneClick));
    BigDecimal total =
        cart.items().stream()
            .map(i -> Sku.listPrice(i.sku()).multiply(BigDecimal.valueOf(i.quantity())))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (oneClick) {
      registry.counter("demo_orders", "outcome", "placed").increment();
      String orderId = UUID.randomUUID().toString();
      LOG.info("order {} placed in one click, total {}", orderId, total);
      return new CheckoutResult("one-click", "PLACED", orderId, total, null);
    }
    registry.counter("demo_orders", "outcome", "review").increment();
    return new CheckoutResult("classic", "PENDING_REVIEW", null, total, "review");
  }
}
