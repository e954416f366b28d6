package io.nexla.reactive.testkit;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Lets event-loop threads log through logback's console and file appenders (a blocking write by nature) so that
 * tests of any module with the testkit on the classpath can log while BlockHound is active. Also allows Jackson's
 * one-time wait on its deserializer cache lock, taken when two threads build the deserializer of the same type for
 * the first time at once (lazy initialisation, like class loading; never on a warm path), and the short lock
 * Netty 4.2's adaptive buffer allocator takes when it grows or frees a magazine under contention. Registered through
 * {@code META-INF/services}.
 */
public final class TestkitBlockHoundIntegration implements BlockHoundIntegration {

  @Override
  public void applyTo(BlockHound.Builder builder) {
    builder
        .allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes")
        .allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "subAppend")
        .allowBlockingCallsInside("ch.qos.logback.core.ConsoleAppender", "append")
        .allowBlockingCallsInside("ch.qos.logback.core.UnsynchronizedAppenderBase", "doAppend")
        .allowBlockingCallsInside("ch.qos.logback.core.AppenderBase", "doAppend")
        .allowBlockingCallsInside("java.io.PrintStream", "println")
        .allowBlockingCallsInside("java.io.PrintStream", "write")
        .allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache", "_createAndCacheValueDeserializer")
        .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "allocate")
        .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free");
  }
}
