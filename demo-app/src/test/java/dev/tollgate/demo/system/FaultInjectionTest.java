package dev.tollgate.demo.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tollgate.demo.FlagsTestConfiguration;
import dev.tollgate.demo.recommendation.RecommendationController;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(
    controllers = RecommendationController.class,
    properties = {"fault.error-rate=1", "fault.latency-ms=0"})
@Import(FlagsTestConfiguration.class)
class FaultInjectionTest {
  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void flags(DynamicPropertyRegistry registry) {
    FlagsTestConfiguration.useFixtureFlags(registry);
  }

  @Test
  void errorRateOneFailsEveryApiCall() throws Exception {
    for (int i = 0; i < 5; i++) {
      mvc.perform(get("/recommendation").param("user", "user-" + i))
          .andExpect(status().isInternalServerError());
    }
  }

  @Test
  void rejectsErrorRatesOutsideZeroToOne() {
    assertThatThrownBy(() -> new FaultProperties(1.5, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0..1");
    assertThatThrownBy(() -> new FaultProperties(0, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
