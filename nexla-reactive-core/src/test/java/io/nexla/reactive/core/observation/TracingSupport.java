package io.nexla.reactive.core.observation;

import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import java.util.List;

/** An observation registry that turns observations into {@link SimpleTracer} spans and sends W3C {@code traceparent}. */
final class TracingSupport {

  final SimpleTracer tracer = new SimpleTracer();
  final ObservationRegistry registry = ObservationRegistry.create();

  TracingSupport() {
    registry.observationConfig().observationHandler(new ObservationHandler.FirstMatchingCompositeObservationHandler(
        new PropagatingSenderTracingObservationHandler<>(tracer, new TraceparentPropagator()),
        new DefaultTracingObservationHandler(tracer)));
  }

  /** The spans so far, once every started span has ended (WebClient may end its span just after the answer). */
  List<SimpleSpan> spans() {
    long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (tracer.getSpans().stream().anyMatch(s -> s.getEndTimestamp().toEpochMilli() == 0)
        && System.nanoTime() < giveUp) {
      java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
    }
    return List.copyOf(tracer.getSpans());
  }

  List<SimpleSpan> named(String name) {
    return spans().stream().filter(s -> name.equals(s.getName())).toList();
  }

  List<SimpleSpan> childrenOf(SimpleSpan parent) {
    return spans().stream().filter(s -> parent.getSpanId().equals(s.getParentId())).toList();
  }

  static String traceparent(SimpleSpan span) {
    return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-01";
  }

  /** Writes {@code traceparent: 00-<trace id>-<span id>-01}, as a W3C propagator does. */
  static final class TraceparentPropagator implements Propagator {
    @Override
    public List<String> fields() {
      return List.of("traceparent");
    }

    @Override
    public <C> void inject(TraceContext context, C carrier, Setter<C> setter) {
      setter.set(carrier, "traceparent", "00-" + context.traceId() + "-" + context.spanId() + "-01");
    }

    @Override
    public <C> Span.Builder extract(C carrier, Getter<C> getter) {
      throw new UnsupportedOperationException("the client only sends");
    }
  }
}
