package dev.tollgate.demo.flags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.demo.FlagsTestConfiguration;
import java.lang.management.ManagementFactory;
import javax.management.Attribute;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole app: the JMX switch takes flag evaluation out of requests and puts it back. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.jmx.enabled=true")
@DirtiesContext
class FlagsSwitchTest {
  @Autowired TestRestTemplate http;

  @DynamicPropertySource
  static void flags(DynamicPropertyRegistry registry) {
    FlagsTestConfiguration.useFixtureFlags(registry);
  }

  private String pricingFor(String user) {
    return http.getForObject("/price?sku=sku-42&user=" + user, String.class);
  }

  @Test
  void evaluatingAttributeSwitchesBetweenFlagsAndDefaults() throws Exception {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    ObjectName name = new ObjectName("dev.tollgate.demo:type=FeatureFlags");
    assertThat(server.isRegistered(name)).isTrue();
    assertThat(server.getAttribute(name, "Evaluating")).isEqualTo(true);
    // user-1 is in new-pricing's treatment bucket (see PricingControllerTest)
    assertThat(pricingFor("user-1")).contains("\"pricing\":\"tiered\"");

    server.setAttribute(name, new Attribute("Evaluating", false));
    assertThat(pricingFor("user-1")).contains("\"pricing\":\"legacy\"");

    server.setAttribute(name, new Attribute("Evaluating", true));
    assertThat(pricingFor("user-1")).contains("\"pricing\":\"tiered\"");
  }
}
