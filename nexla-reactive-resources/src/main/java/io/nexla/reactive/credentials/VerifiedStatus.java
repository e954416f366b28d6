package io.nexla.reactive.credentials;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Verification state of a credential ({@code verified_status}). Unknown values decode to a new instance and are sent back as received. */
public final class VerifiedStatus extends ExpandableValue {

  public static final VerifiedStatus VERIFIED = of("VERIFIED");
  public static final VerifiedStatus UNVERIFIED = of("UNVERIFIED");
  public static final VerifiedStatus FAILED = of("FAILED");

  private VerifiedStatus(String value) {
    super(value);
  }

  /** The value for this wire string (known or not). */
  @JsonCreator
  public static VerifiedStatus of(String value) {
    return new VerifiedStatus(value);
  }
}
