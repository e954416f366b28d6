package io.nexla.reactive.notifications;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Severity level of a notification. Unknown values are kept as sent. */
public final class NotificationLevel extends ExpandableValue {

  public static final NotificationLevel DEBUG = of("DEBUG");
  public static final NotificationLevel INFO = of("INFO");
  public static final NotificationLevel WARN = of("WARN");
  public static final NotificationLevel ERROR = of("ERROR");
  public static final NotificationLevel RECOVERED = of("RECOVERED");
  public static final NotificationLevel RESOLVED = of("RESOLVED");

  private NotificationLevel(String value) {
    super(value);
  }

  @JsonCreator
  public static NotificationLevel of(String value) {
    return new NotificationLevel(value);
  }
}
