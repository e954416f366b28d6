package io.nexla.reactive.core.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * A virtual-time scheduler that also reports every delay scheduled on it, so a test can wait (on its own thread)
 * until the client, after a real loopback exchange, has scheduled its next wait — and then check that wait and
 * advance virtual time past it.
 */
final class RecordingScheduler implements Scheduler {

  final VirtualTimeScheduler virtualTime = VirtualTimeScheduler.create();
  private final BlockingQueue<Duration> delays = new LinkedBlockingQueue<>();

  /** The next delay scheduled that is not {@code ignored} (the operation deadline), waiting up to 60 s for it. */
  Duration awaitDelay(Duration ignored) {
    try {
      for (;;) {
        Duration d = delays.poll(60, TimeUnit.SECONDS);
        if (d == null) {
          throw new AssertionError("no delay was scheduled within 60 s");
        }
        if (!d.equals(ignored)) {
          return d;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Delays scheduled and not yet awaited, and the virtual time, for a failure message. */
  @Override
  public String toString() {
    return "virtual time " + Duration.ofNanos(virtualTime.now(TimeUnit.NANOSECONDS)) + ", delays not awaited "
        + delays;
  }

  /** A clock reading this scheduler's virtual time. */
  Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return Instant.ofEpochMilli(virtualTime.now(TimeUnit.MILLISECONDS));
      }
    };
  }

  @Override
  public Disposable schedule(Runnable task) {
    return virtualTime.schedule(task);
  }

  @Override
  public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
    Disposable scheduled = virtualTime.schedule(task, delay, unit);
    // reported only once queued: a test that advances the clock right after must not run ahead of the task
    delays.add(Duration.ofNanos(unit.toNanos(delay)));
    return scheduled;
  }

  @Override
  public Disposable schedulePeriodically(Runnable task, long initialDelay, long period, TimeUnit unit) {
    return virtualTime.schedulePeriodically(task, initialDelay, period, unit);
  }

  @Override
  public long now(TimeUnit unit) {
    return virtualTime.now(unit);
  }

  @Override
  public Worker createWorker() {
    return virtualTime.createWorker();
  }

  @Override
  public void dispose() {
    virtualTime.dispose();
  }
}
