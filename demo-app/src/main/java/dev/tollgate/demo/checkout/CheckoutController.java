package dev.tollgate.demo.checkout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /checkout}: the flag {@code one-click-checkout} skips the review step. */
@RestController
public class CheckoutController {
  private final CheckoutService checkout;

  public CheckoutController(CheckoutService checkout) {
    this.checkout = checkout;
  }

  @PostMapping("/checkout")
  public CheckoutService.CheckoutResult checkout(
      @Valid @RequestBody CheckoutService.Cart cart,
      @RequestHeader(name = "X-User-Id", required = false) String userHeader,
      HttpServletRequest request) {
    return checkout.checkout(
        cart, dev.tollgate.demo.system.UserIds.resolve(userHeader, cart.user()), request);
  }
}
