package io.nexla.reactive.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** An access role on a resource: {@code owner > admin > operator > collaborator}. Unknown roles are kept. */
public final class AccessRole extends ExpandableValue {

  public static final AccessRole OWNER = of("owner");
  public static final AccessRole ADMIN = of("admin");
  public static final AccessRole OPERATOR = of("operator");
  public static final AccessRole COLLABORATOR = of("collaborator");
  /** Only as a list filter ({@code access_role=all} on users). */
  public static final AccessRole ALL = of("all");
  /** Only as a list filter ({@code access_role=member} on teams and status metrics). */
  public static final AccessRole MEMBER = of("member");

  private AccessRole(String value) {
    super(value);
  }

  @JsonCreator
  public static AccessRole of(String value) {
    return new AccessRole(value);
  }
}
