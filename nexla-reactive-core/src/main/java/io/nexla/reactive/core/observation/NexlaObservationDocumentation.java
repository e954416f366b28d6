package io.nexla.reactive.core.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/** The observations made by the Nexla client, with their key names. */
public enum NexlaObservationDocumentation implements ObservationDocumentation {

  /**
   * One logical API call: every attempt, token request, rate-limiter and backoff wait of it. WebClient's
   * per-attempt {@code http.client.requests} observations are its children.
   */
  OPERATION {
    @Override
    public String getName() {
      return "nexla.client.operation";
    }

    @Override
    public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
      return DefaultNexlaOperationObservationConvention.class;
    }

    @Override
    public KeyName[] getLowCardinalityKeyNames() {
      return LowCardinalityKeys.values();
    }

    @Override
    public KeyName[] getHighCardinalityKeyNames() {
      return HighCardinalityKeys.values();
    }
  };

  /** Low-cardinality keys (also metric tags). */
  public enum LowCardinalityKeys implements KeyName {
    /** Logical operation, e.g. {@code sources.list}. */
    OPERATION {
      @Override
      public String asString() {
        return "nexla.operation";
      }
    },
    /** {@code success}, {@code client_error}, {@code server_error}, {@code timeout}, … */
    OUTCOME {
      @Override
      public String asString() {
        return "outcome";
      }
    },
    /** Simple class name of the failure, or {@code none}. */
    ERROR {
      @Override
      public String asString() {
        return "error";
      }
    },
    /** HTTP attempts made: {@code 0}, {@code 1}, {@code 2} or {@code 3+}. */
    ATTEMPTS_BUCKET {
      @Override
      public String asString() {
        return "nexla.attempts.bucket";
      }
    }
  }

  /** High-cardinality keys (span attributes only). */
  public enum HighCardinalityKeys implements KeyName {
    /** The request id ({@code X-Request-Id}) shared by every attempt. */
    REQUEST_ID {
      @Override
      public String asString() {
        return "nexla.request.id";
      }
    },
    /** The path variable {@code id}, when the operation addresses one resource. */
    RESOURCE_ID {
      @Override
      public String asString() {
        return "nexla.resource.id";
      }
    }
  }
}
