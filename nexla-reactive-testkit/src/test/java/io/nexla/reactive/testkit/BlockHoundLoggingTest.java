package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

class BlockHoundLoggingTest {
  private static final Logger log = LoggerFactory.getLogger(BlockHoundLoggingTest.class);

  @Test
  void blockHoundIsActiveOnNonBlockingThreads() {
    assertThatThrownBy(() -> Mono.fromCallable(() -> {
          Thread.sleep(1);
          return 1;
        }).subscribeOn(Schedulers.parallel()).block(Duration.ofSeconds(5)))
        .hasMessageContaining("Blocking call");
  }

  @Test
  void consoleLoggingFromNonBlockingThreadsIsAllowed() {
    String thread = Mono.fromCallable(() -> {
          log.warn("Console logging from a non-blocking thread ({}) is allowed", Thread.currentThread().getName());
          return Thread.currentThread().getName();
        }).subscribeOn(Schedulers.parallel()).block(Duration.ofSeconds(5));
    assertThat(thread).startsWith("parallel");
  }
}
