package io.nexla.reactive.coverage;

import java.util.LinkedHashMap;
import java.util.Map;

/** The session rows: obtaining a token and logging out. */
class AuthCoverageTest extends AbstractApiCoverageTest {

  @Override
  protected Map<String, Map<String, CoverageCall>> calls() {
    Map<String, CoverageCall> auth = new LinkedHashMap<>();
    // After a logout the service-key client obtains a new token lazily, with the next call.
    auth.put("obtain_session_token|get_access_token|refresh_access_token",
        (c, e) -> c.logout().then(c.users().getCurrent()));
    auth.put("logout", (c, e) -> c.users().getCurrent().then(c.logout()));
    return Map.of("auth", auth);
  }
}
