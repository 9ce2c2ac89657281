package dev.tollgate.demo.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.demo.flags.FlagSubject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** One flag subject per request and user id, with the attributes segments match on. */
class UserIdsTest {

  @Test
  void theSubjectIsBuiltOncePerRequestAndUser() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("X-User-Email", "ada@tollgate.dev");
    request.addHeader("X-User-Plan", "beta");

    FlagSubject first = UserIds.subject("user-1", request);
    assertThat(first.id()).isEqualTo("user-1");
    assertThat(first.attributes()).isEqualTo(Map.of("email", "ada@tollgate.dev", "plan", "beta"));
    assertThat(UserIds.subject("user-1", request)).isSameAs(first);

    FlagSubject other = UserIds.subject("user-2", request);
    assertThat(other).isNotSameAs(first);
    assertThat(other.id()).isEqualTo("user-2");
    assertThat(UserIds.subject("user-1", new MockHttpServletRequest())).isNotSameAs(first);
  }

  @Test
  void blankHeadersAreNoAttributes() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("X-User-Email", " ");
    assertThat(UserIds.subject("u", request).attributes()).isEmpty();
  }
}
