package dev.tollgate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Logs are ECS JSON lines carrying the request's trace and span ids, as Loki and Tempo expect. */
@AutoConfigureObservability
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "logging.level.dev.tollgate.demo=INFO")
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingTest {
  @Autowired TestRestTemplate http;

  @DynamicPropertySource
  static void flags(DynamicPropertyRegistry registry) {
    FlagsTestConfiguration.useFixtureFlags(registry);
  }

  @Test
  void orderLogLineIsJsonWithTraceAndSpanIds(CapturedOutput output) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-User-Id", "user-9");
    headers.set("X-User-Email", "ops@tollgate.dev");
    http.postForObject(
        "/checkout",
        new HttpEntity<>("{\"items\":[{\"sku\":\"sku-1\",\"quantity\":1}]}", headers),
        String.class);

    assertThat(output.getOut().lines().filter(l -> l.contains("placed in one click")))
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("{\"@timestamp\"")
                    .containsPattern("\"traceId\":\"[0-9a-f]{32}\"")
                    .containsPattern("\"spanId\":\"[0-9a-f]{16}\""));
  }
}
