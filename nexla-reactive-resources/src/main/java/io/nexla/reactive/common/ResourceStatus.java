package io.nexla.reactive.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Status of a resource or flow node. Unknown statuses are kept as sent. */
public final class ResourceStatus extends ExpandableValue {

  public static final ResourceStatus ACTIVE = of("ACTIVE");
  public static final ResourceStatus PAUSED = of("PAUSED");
  public static final ResourceStatus DRAFT = of("DRAFT");
  public static final ResourceStatus DELETED = of("DELETED");
  public static final ResourceStatus ERROR = of("ERROR");
  public static final ResourceStatus INIT = of("INIT");
  public static final ResourceStatus PROCESSING = of("PROCESSING");

  private ResourceStatus(String value) {
    super(value);
  }

  @JsonCreator
  public static ResourceStatus of(String value) {
    return new ResourceStatus(value);
  }

  /** Whether this is {@code ACTIVE}, in any letter case. */
  public boolean isActive() {
    return value().equalsIgnoreCase("ACTIVE");
  }
}
