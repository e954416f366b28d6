package io.nexla.reactive.orgauthconfigs;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Single-sign-on protocol of an auth configuration. Unknown values are kept as sent. */
public final class AuthProtocol extends ExpandableValue {

  public static final AuthProtocol SAML = of("saml");
  public static final AuthProtocol OIDC = of("oidc");

  private AuthProtocol(String value) {
    super(value);
  }

  @JsonCreator
  public static AuthProtocol of(String value) {
    return new AuthProtocol(value);
  }
}
