package io.nexla.reactive.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Pricing tier of a user. Unknown values are kept as sent. */
public final class UserTier extends ExpandableValue {

  public static final UserTier FREE = of("FREE");
  public static final UserTier TRIAL = of("TRIAL");
  public static final UserTier PAID = of("PAID");
  public static final UserTier FREE_FOREVER = of("FREE_FOREVER");

  private UserTier(String value) {
    super(value);
  }

  @JsonCreator
  public static UserTier of(String value) {
    return new UserTier(value);
  }
}
