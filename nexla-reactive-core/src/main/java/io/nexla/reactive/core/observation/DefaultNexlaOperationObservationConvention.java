package io.nexla.reactive.core.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.nexla.reactive.core.error.NexlaAuthenticationException;
import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.error.NexlaServiceException;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.observation.NexlaObservationDocumentation.HighCardinalityKeys;
import io.nexla.reactive.core.observation.NexlaObservationDocumentation.LowCardinalityKeys;
import org.jspecify.annotations.Nullable;

/**
 * The default names and key values of the {@code nexla.client.operation} observation (see
 * {@link NexlaObservationDocumentation}). Every key has its own protected method, so a subclass changes one
 * without repeating the others. Values never contain secrets: operation names, outcomes and exception class names
 * are fixed strings of the library.
 */
public class DefaultNexlaOperationObservationConvention implements NexlaOperationObservationConvention {

  /** The shared default instance. */
  public static final DefaultNexlaOperationObservationConvention INSTANCE =
      new DefaultNexlaOperationObservationConvention();

  @Override
  public String getName() {
    return NexlaObservationDocumentation.OPERATION.getName();
  }

  /** The span name: the logical operation, e.g. {@code sources.list}. */
  @Override
  public String getContextualName(NexlaOperationContext context) {
    return context.operation();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(NexlaOperationContext context) {
    return KeyValues.of(operation(context), outcome(context), error(context), attemptsBucket(context));
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(NexlaOperationContext context) {
    KeyValues values = KeyValues.of(requestId(context));
    KeyValue resource = resourceId(context);
    return resource == null ? values : values.and(resource);
  }

  protected KeyValue operation(NexlaOperationContext context) {
    return LowCardinalityKeys.OPERATION.withValue(context.operation());
  }

  /**
   * {@code success}, {@code cancelled}, {@code client_error}, {@code server_error}, {@code timeout},
   * {@code transport_error}, {@code authentication_error}, {@code decode_error} or {@code error}; {@code unknown}
   * while the operation runs.
   */
  protected KeyValue outcome(NexlaOperationContext context) {
    return LowCardinalityKeys.OUTCOME.withValue(outcomeOf(context));
  }

  /** The simple class name of the failure, or {@code none}. */
  protected KeyValue error(NexlaOperationContext context) {
    Throwable error = context.getError();
    return LowCardinalityKeys.ERROR.withValue(error == null ? "none" : error.getClass().getSimpleName());
  }

  /** {@code 0} (nothing sent), {@code 1}, {@code 2} or {@code 3+}. */
  protected KeyValue attemptsBucket(NexlaOperationContext context) {
    int attempts = context.attempts();
    return LowCardinalityKeys.ATTEMPTS_BUCKET.withValue(attempts >= 3 ? "3+" : Integer.toString(attempts));
  }

  protected KeyValue requestId(NexlaOperationContext context) {
    return HighCardinalityKeys.REQUEST_ID.withValue(context.requestId());
  }

  /** The path variable {@code id}; {@code null} leaves the key out. */
  protected @Nullable KeyValue resourceId(NexlaOperationContext context) {
    String id = context.resourceId();
    return id == null ? null : HighCardinalityKeys.RESOURCE_ID.withValue(id);
  }

  static String outcomeOf(NexlaOperationContext context) {
    Throwable error = context.getError();
    if (error != null) {
      return outcome(error);
    }
    if (context.cancelled()) {
      return "cancelled";
    }
    return "success";
  }

  static String outcome(Throwable error) {
    if (error instanceof NexlaServiceException service) {
      return service.status() >= 500 ? "server_error" : "client_error";
    }
    if (error instanceof NexlaTimeoutException) {
      return "timeout";
    }
    if (error instanceof NexlaTransportException) {
      return "transport_error";
    }
    if (error instanceof NexlaAuthenticationException) {
      return "authentication_error";
    }
    if (error instanceof NexlaDecodeException) {
      return "decode_error";
    }
    return "error";
  }
}
