package io.nexla.reactive.coverage;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.testkit.NexlaEmulator;
import org.reactivestreams.Publisher;

/**
 * Calls the client method for one protocol operation. It may first create what the operation needs (through the
 * client), and may assert on the decoded result (e.g. with {@code doOnNext}); the harness then checks the wire.
 */
@FunctionalInterface
public interface CoverageCall {

  Publisher<?> call(NexlaClient client, NexlaEmulator emulator);
}
