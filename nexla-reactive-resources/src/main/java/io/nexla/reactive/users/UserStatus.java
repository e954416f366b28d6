package io.nexla.reactive.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Status of a user account. Unknown values are kept as sent. */
public final class UserStatus extends ExpandableValue {

  public static final UserStatus ACTIVE = of("ACTIVE");
  public static final UserStatus DEACTIVATED = of("DEACTIVATED");
  public static final UserStatus SOURCE_COUNT_CAPPED = of("SOURCE_COUNT_CAPPED");
  public static final UserStatus SOURCE_DATA_CAPPED = of("SOURCE_DATA_CAPPED");
  public static final UserStatus TRIAL_EXPIRED = of("TRIAL_EXPIRED");

  private UserStatus(String value) {
    super(value);
  }

  @JsonCreator
  public static UserStatus of(String value) {
    return new UserStatus(value);
  }
}
