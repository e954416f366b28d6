package io.nexla.reactive.asynctasks;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Kind of an async task; {@code GET /async_tasks/types} lists those the server offers. Unknown types are kept. */
public final class AsyncTaskType extends ExpandableValue {

  public static final AsyncTaskType BULK_DELETE_NOTIFICATIONS = of("BulkDeleteNotifications");
  public static final AsyncTaskType EXPORT_DATA = of("EXPORT_DATA");

  private AsyncTaskType(String value) {
    super(value);
  }

  @JsonCreator
  public static AsyncTaskType of(String value) {
    return new AsyncTaskType(value);
  }
}
