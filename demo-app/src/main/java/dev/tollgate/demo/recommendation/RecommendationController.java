package dev.tollgate.demo.recommendation;

import dev.tollgate.demo.flags.FeatureFlags;
import dev.tollgate.demo.flags.VariantOutcomes;
import dev.tollgate.demo.system.UserIds;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /recommendation?user=}: the flag {@code recommendation-algorithm} switches between the
 * best-sellers list ({@code control}) and a per-user list ({@code treatment}).
 */
@RestController
public class RecommendationController {
  static final String FLAG = "recommendation-algorithm";
  static final List<String> BEST_SELLERS = List.of("sku-100", "sku-200", "sku-300");

  private final FeatureFlags flags;

  public RecommendationController(FeatureFlags flags) {
    this.flags = flags;
  }

  /** The answer of {@code /recommendation}. */
  public record Recommendation(String user, String algorithm, List<String> skus) {}

  @GetMapping("/recommendation")
  public Recommendation recommend(
      @RequestParam(required = false) String user,
      @RequestHeader(name = "X-User-Id", required = false) String userHeader,
      HttpServletRequest request) {
    String id = UserIds.resolve(userHeader, user);
    String variant = flags.variant(FLAG, UserIds.subject(id, request), "control");
    VariantOutcomes.servedBy(request, FLAG, variant);
    if (!"treatment".equals(variant)) {
      return new Recommendation(id, "best-sellers", BEST_SELLERS);
    }
    return new Recommendation(id, "personalized", personalized(id));
  }

  /** Three SKUs derived from the user id: stable per user, different across users. */
  static List<String> personalized(String user) {
    List<String> skus = new ArrayList<>(3);
    int seed = user.hashCode();
    for (int i = 0; i < 3; i++) {
      skus.add("sku-" + (100 + Math.floorMod(seed * 31 + i * 7919, 900)));
    }
    return skus;
  }
}
