package dev.tollgate.demo.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Stock-keeping units: validation and the list price of the demo catalogue. */
public final class Sku {
  public static final String PATTERN = "[A-Za-z0-9-]{1,64}";
  public static final String MESSAGE = "sku must be 1-64 letters, digits or '-'";

  private Sku() {}

  /** A stable list price between 5.00 and 104.99, derived from the SKU so no database is needed. */
  public static BigDecimal listPrice(String sku) {
    int cents = 500 + Math.floorMod(sku.hashCode(), 10_000);
    return BigDecimal.valueOf(cents).movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN);
  }
}
