package dev.tollgate.demo.pricing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /price?sku=&user=}: the flag {@code new-pricing} picks the calculation. */
@RestController
public class PricingController {
  private final PricingService pricing;

  public PricingController(PricingService pricing) {
    this.pricing = pricing;
  }

  /** The answer of {@code /price}. */
  public record PriceQuote(
      String sku, String user, BigDecimal price, String currency, String pricing) {}

  @GetMapping("/price")
  public PriceQuote price(
      @RequestParam @Pattern(regexp = Sku.PATTERN, message = Sku.MESSAGE) String sku,
      @RequestParam(required = false) String user,
      @RequestHeader(name = "X-User-Id", required = false) String userHeader,
      HttpServletRequest request) {
    return pricing.quote(sku, dev.tollgate.demo.system.UserIds.resolve(userHeader, user), request);
  }
}
