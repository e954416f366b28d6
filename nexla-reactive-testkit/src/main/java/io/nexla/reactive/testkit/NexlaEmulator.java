package io.nexla.reactive.testkit;

import java.util.List;

/** An in-memory emulator of the Nexla API on Reactor Netty. */
public final class NexlaEmulator implements AutoCloseable {

  private NexlaEmulator() {}

  /** A builder with defaults: ephemeral loopback port, base path {@code /nexla-api}, a random service key. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts an emulator with defaults. */
  public static NexlaEmulator start() {
    return builder().start();
  }

  /** Base URL clients use, e.g. {@code http://127.0.0.1:41234/nexla-api}. */
  public String baseUrl() {
    throw new UnsupportedOperationException();
  }

  /** The service key {@code POST /token} accepts. */
  public String serviceKey() {
    throw new UnsupportedOperationException();
  }

  /** Every request received since start (or the last {@link #clearJournal()}), oldest first. */
  public List<RecordedRequest> journal() {
    throw new UnsupportedOperationException();
  }

  /** Forgets the journal. */
  public void clearJournal() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void close() {}

  /** Builder of {@link NexlaEmulator}. */
  public static final class Builder {
    private Builder() {}

    public NexlaEmulator start() {
      throw new UnsupportedOperationException();
    }
  }
}
