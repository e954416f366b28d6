package io.nexla.reactive.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Status of a user's membership in an organisation. Unknown values are kept as sent. */
public final class MembershipStatus extends ExpandableValue {

  public static final MembershipStatus ACTIVE = of("ACTIVE");
  public static final MembershipStatus DEACTIVATED = of("DEACTIVATED");

  private MembershipStatus(String value) {
    super(value);
  }

  @JsonCreator
  public static MembershipStatus of(String value) {
    return new MembershipStatus(value);
  }
}
