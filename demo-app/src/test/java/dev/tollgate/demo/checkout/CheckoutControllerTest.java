package dev.tollgate.demo.checkout;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tollgate.demo.FlagsTestConfiguration;
import dev.tollgate.demo.pricing.Sku;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

// The fixture turns one-click-checkout on for the internal-users segment (email suffix
// "@tollgate.dev") and leaves it off (enabled: false) for everybody else.
@WebMvcTest(CheckoutController.class)
@Import({FlagsTestConfiguration.class, CheckoutService.class})
class CheckoutControllerTest {
  private static final String CART =
      "{\"user\":\"user-7\",\"items\":[{\"sku\":\"sku-1\",\"quantity\":2},{\"sku\":\"sku-2\",\"quantity\":1}]}";

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void flags(DynamicPropertyRegistry registry) {
    FlagsTestConfiguration.useFixtureFlags(registry);
  }

  @Test
  void internalUserChecksOutInOneClick() throws Exception {
    mvc.perform(
            post("/checkout")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-User-Email", "ana@tollgate.dev")
                .content(CART))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.flow").value("one-click"))
        .andExpect(jsonPath("$.status").value("PLACED"))
        .andExpect(jsonPath("$.orderId").isNotEmpty())
        .andExpect(jsonPath("$.total").value(expectedTotal()));
  }

  @Test
  void otherUsersReviewTheirCart() throws Exception {
    mvc.perform(
            post("/checkout")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-User-Email", "ana@example.com")
                .content(CART))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.flow").value("classic"))
        .andExpect(jsonPath("$.status").value("PENDING_REVIEW"))
        .andExpect(jsonPath("$.nextStep").value("review"))
        .andExpect(jsonPath("$.total").value(expectedTotal()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"user\":\"u\",\"items\":[]}",
        "{\"user\":\"u\",\"items\":[{\"sku\":\"sku-1\",\"quantity\":0}]}",
        "{\"user\":\"u\",\"items\":[{\"sku\":\"bad sku\",\"quantity\":1}]}",
        "{\"items\":[{\"sku\":\"sku-1\",\"quantity\":1}]}",
        "{\"user\":\"u\",\"items\":[{\"sku\":\"sku-1\",",
        "[]"
      })
  void invalidCartIsProblem(String body) throws Exception {
    mvc.perform(post("/checkout").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400));
  }

  private static double expectedTotal() {
    return Sku.listPrice("sku-1")
        .multiply(java.math.BigDecimal.valueOf(2))
        .add(Sku.listPrice("sku-2"))
        .doubleValue();
  }
}
