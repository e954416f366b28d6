package io.nexla.reactive.notifications;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Category of a notification type. Unknown values are kept as sent. */
public final class NotificationCategory extends ExpandableValue {

  public static final NotificationCategory PLATFORM = of("PLATFORM");
  public static final NotificationCategory SYSTEM = of("SYSTEM");
  public static final NotificationCategory DATA = of("DATA");

  private NotificationCategory(String value) {
    super(value);
  }

  @JsonCreator
  public static NotificationCategory of(String value) {
    return new NotificationCategory(value);
  }
}
