package dev.tollgate.demo.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tollgate.demo.FlagsTestConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

// user-1 and user-2 fall in buckets 658 and 328 of new-pricing (CRC-32 of "new-pricing" + id,
// mod 1000, computed independently with Python's zlib): the 50/50 rule gives treatment to
// buckets 500..999, so user-1 gets tiered pricing and user-2 the legacy one.
@WebMvcTest(PricingController.class)
@Import({FlagsTestConfiguration.class, PricingService.class})
@DirtiesContext
class PricingControllerTest {
  private static Path flagsFile;

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void flags(DynamicPropertyRegistry registry) {
    flagsFile = FlagsTestConfiguration.useFixtureFlags(registry);
  }

  @Test
  void treatmentUserGetsTieredPrice() throws Exception {
    String sku = "sku-42";
    mvc.perform(get("/price").param("sku", sku).param("user", "user-1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pricing").value("tiered"))
        .andExpect(
            jsonPath("$.price").value(PricingService.tiered(Sku.listPrice(sku)).doubleValue()));
  }

  @Test
  void controlUserGetsListPrice() throws Exception {
    mvc.perform(get("/price").param("sku", "sku-42").param("user", "user-2"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pricing").value("legacy"))
        .andExpect(jsonPath("$.price").value(Sku.listPrice("sku-42").doubleValue()));
  }

  @Test
  void userHeaderWinsOverParameter() throws Exception {
    mvc.perform(
            get("/price")
                .param("sku", "sku-42")
                .param("user", "user-2")
                .header("X-User-Id", "user-1"))
        .andExpect(jsonPath("$.user").value("user-1"))
        .andExpect(jsonPath("$.pricing").value("tiered"));
  }

  @Test
  void missingUserIsProblem() throws Exception {
    mvc.perform(get("/price").param("sku", "sku-42"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void malformedSkuIsProblem() throws Exception {
    mvc.perform(get("/price").param("sku", "no spaces!").param("user", "user-1"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void killSwitchAndBrokenFileAreAppliedWithoutRestart() throws Exception {
    String original = Files.readString(flagsFile);
    try {
      Files.writeString(
          flagsFile,
          original.replaceFirst(
              "key: pricing-kill-switch\n(\\s+)name: Pricing kill switch\n(\\s+)type: BOOLEAN_FLAG_TYPE\n(\\s+)enabled: false",
              "key: pricing-kill-switch\n$1name: Pricing kill switch\n$2type: BOOLEAN_FLAG_TYPE\n$3enabled: true"));
      assertThat(Files.readString(flagsFile)).isNotEqualTo(original);
      awaitPricing("legacy", Duration.ofSeconds(5));

      // a broken file must not take the kill switch away: the last good snapshot stays live
      Files.writeString(flagsFile, "flags: [ {key: new-pricing\n");
      Thread.sleep(1500);
      mvc.perform(get("/price").param("sku", "sku-42").param("user", "user-1"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.pricing").value("legacy"));
    } finally {
      Files.writeString(flagsFile, original);
    }
    awaitPricing("tiered", Duration.ofSeconds(5));
  }

  private void awaitPricing(String expected, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    String actual = null;
    while (System.nanoTime() < deadline) {
      actual =
          com.jayway.jsonpath.JsonPath.read(
              mvc.perform(get("/price").param("sku", "sku-42").param("user", "user-1"))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getContentAsString(),
              "$.pricing");
      if (expected.equals(actual)) {
        return;
      }
      Thread.sleep(100);
    }
    assertThat(actual).as("pricing for user-1 within %s", timeout).isEqualTo(expected);
  }
}
