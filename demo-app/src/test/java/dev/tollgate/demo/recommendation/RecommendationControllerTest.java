package dev.tollgate.demo.recommendation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tollgate.demo.FlagsTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

// The fixture sends every beta-plan user to the treatment variant; everybody else matches no
// rule and gets the default variant, control.
@WebMvcTest(RecommendationController.class)
@Import(FlagsTestConfiguration.class)
class RecommendationControllerTest {
  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void flags(DynamicPropertyRegistry registry) {
    FlagsTestConfiguration.useFixtureFlags(registry);
  }

  @Test
  void betaUsersGetPersonalizedRecommendations() throws Exception {
    mvc.perform(get("/recommendation").param("user", "user-3").header("X-User-Plan", "beta"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.algorithm").value("personalized"))
        .andExpect(
            jsonPath("$.skus[0]").value(RecommendationController.personalized("user-3").get(0)));
  }

  @Test
  void otherUsersGetBestSellers() throws Exception {
    mvc.perform(get("/recommendation").header("X-User-Id", "user-3").header("X-User-Plan", "free"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.algorithm").value("best-sellers"))
        .andExpect(jsonPath("$.skus[0]").value("sku-100"));
  }

  @Test
  void missingUserIsBadRequest() throws Exception {
    mvc.perform(get("/recommendation")).andExpect(status().isBadRequest());
  }
}
