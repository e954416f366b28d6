package io.nexla.reactive.selfsignup;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Body of a sign-up: e-mail and full name, plus any further field the server accepts. {@link #toString()} names
 * the further fields without their values (one may be a password).
 */
public record SignupInput(String email, String fullName, @JsonAnyGetter Map<String, Object> additionalProperties) {

  public SignupInput {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(fullName, "fullName");
    additionalProperties = additionalProperties == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
  }

  /** A sign-up with e-mail and full name only. */
  public static SignupInput of(String email, String fullName) {
    return new SignupInput(email, fullName, Map.of());
  }

  /** This sign-up with one more body field. */
  public SignupInput with(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(additionalProperties);
    more.put(name, value);
    return new SignupInput(email, fullName, more);
  }

  @Override
  public String toString() {
    return "SignupInput[email=" + email + ", fullName=" + fullName + ", more=" + additionalProperties.keySet() + "]";
  }
}
