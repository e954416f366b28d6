package io.nexla.reactive.notifications;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Delivery channel of a notification. Unknown values are kept as sent. */
public final class NotificationChannel extends ExpandableValue {

  public static final NotificationChannel APP = of("APP");
  public static final NotificationChannel EMAIL = of("EMAIL");
  public static final NotificationChannel SMS = of("SMS");
  public static final NotificationChannel SLACK = of("SLACK");
  public static final NotificationChannel WEBHOOKS = of("WEBHOOKS");

  private NotificationChannel(String value) {
    super(value);
  }

  @JsonCreator
  public static NotificationChannel of(String value) {
    return new NotificationChannel(value);
  }
}
