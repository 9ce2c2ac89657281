package dev.tollgate.demo.system;

import dev.tollgate.demo.flags.FlagSubject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The user id is the OpenFeature targeting key, so one user always lands in the same bucket: the
 * {@code X-User-Id} header wins over the {@code user} parameter. {@code X-User-Email} and {@code
 * X-User-Plan} become the {@code email} and {@code plan} attributes that segments match on.
 */
public final class UserIds {
  private static final String SUBJECT = UserIds.class.getName() + ".subject";

  private UserIds() {}

  public static String resolve(String header, String parameter) {
    String id = header != null && !header.isBlank() ? header : parameter;
    if (id == null || id.isBlank()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "a user id is required: send header X-User-Id or parameter user");
    }
    if (id.length() > 128) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "user id longer than 128 characters");
    }
    return id;
  }

  /**
   * The flag subject of a request whose user id is already resolved. It is kept on the request, so
   * the interceptors and the controller of one request share a single subject and its evaluation
   * context instead of building one per flag.
   */
  public static FlagSubject subject(String id, HttpServletRequest request) {
    if (request.getAttribute(SUBJECT) instanceof FlagSubject cached && cached.id().equals(id)) {
      return cached;
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    putIfPresent(attributes, "email", request.getHeader("X-User-Email"));
    putIfPresent(attributes, "plan", request.getHeader("X-User-Plan"));
    FlagSubject subject = new FlagSubject(id, attributes);
    request.setAttribute(SUBJECT, subject);
    return subject;
  }

  private static void putIfPresent(Map<String, String> attributes, String key, String value) {
    if (value != null && !value.isBlank()) {
      attributes.put(key, value);
    }
  }
}
