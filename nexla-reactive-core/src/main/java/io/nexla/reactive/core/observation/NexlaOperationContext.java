package io.nexla.reactive.core.observation;

import io.micrometer.observation.Observation;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link NexlaObservationDocumentation#OPERATION} observation knows about one logical call: its operation
 * name, verb and path template, the resource id (the path variable {@code id}, when there is one), the request id
 * shared by its attempts, and how many attempts were made. A {@link NexlaOperationObservationConvention} turns it
 * into key values; the error, if any, is {@link #getError()}.
 */
public final class NexlaOperationContext extends Observation.Context {

  private final String operation;
  private final String method;
  private final String pathTemplate;
  private final @Nullable String resourceId;
  private final String requestId;
  private final AtomicInteger attempts = new AtomicInteger();
  private volatile boolean cancelled;
  private volatile boolean answered;

  /**
   * @param operation logical operation, e.g. {@code sources.get}
   * @param method HTTP verb
   * @param pathTemplate path template, e.g. {@code /data_sources/{id}}
   * @param resourceId the path variable {@code id}, or {@code null}
   * @param requestId the request id shared by every attempt
   */
  public NexlaOperationContext(String operation, String method, String pathTemplate, @Nullable String resourceId,
      String requestId) {
    this.operation = operation;
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.resourceId = resourceId;
    this.requestId = requestId;
  }

  public String operation() {
    return operation;
  }

  public String method() {
    return method;
  }

  public String pathTemplate() {
    return pathTemplate;
  }

  public @Nullable String resourceId() {
    return resourceId;
  }

  public String requestId() {
    return requestId;
  }

  /** HTTP attempts made so far (token replays and retries included); 0 when none was sent. */
  public int attempts() {
    return attempts.get();
  }

  /** Records that one more attempt is being sent. */
  public void attemptStarted() {
    attempts.incrementAndGet();
  }

  /**
   * Whether the subscriber cancelled before the operation had its answer (a cancel that arrives after the answer,
   * as when a paged list stops after its last page, does not count).
   */
  public boolean cancelled() {
    return cancelled && !answered;
  }

  void markCancelled() {
    cancelled = true;
  }

  void markAnswered() {
    answered = true;
  }
}
