package io.nexla.reactive.credentials;

import org.jspecify.annotations.Nullable;

/**
 * How a probe runs: synchronously (the default), started in the background ({@code async=True}), or collecting
 * the result of a background probe ({@code request_id}).
 *
 * @param async whether the probe runs in the background
 * @param requestId the background probe whose result to collect
 */
public record ProbeMode(boolean async, @Nullable String requestId) {

  /** Probe and wait for the answer. */
  public static final ProbeMode SYNC = new ProbeMode(false, null);

  /** Start the probe in the background; the answer carries a request id. */
  public static ProbeMode startAsync() {
    return new ProbeMode(true, null);
  }

  /** Collect the result of the background probe {@code requestId}. */
  public static ProbeMode collect(String requestId) {
    return new ProbeMode(true, requestId);
  }
}
