package io.nexla.reactive;

/**
 * Stands in for the real client (which the testkit does not depend on) with the same builder shape, so that the
 * extension's reflective client injection can be tested here.
 */
public final class NexlaClient implements AutoCloseable {
  private final String baseUrl;
  private final String serviceKey;
  private volatile boolean closed;

  private NexlaClient(String baseUrl, String serviceKey) {
    this.baseUrl = baseUrl;
    this.serviceKey = serviceKey;
  }

  public static Builder builder() {
    return new Builder();
  }

  public String baseUrl() {
    return baseUrl;
  }

  public String serviceKey() {
    return serviceKey;
  }

  public boolean closed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
  }

  /** Builder with the real client's method names. */
  public static final class Builder {
    private String baseUrl;
    private String serviceKey;

    private Builder() {}

    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    public Builder serviceKey(String serviceKey) {
      this.serviceKey = serviceKey;
      return this;
    }

    public NexlaClient build() {
      return new NexlaClient(baseUrl, serviceKey);
    }
  }
}
