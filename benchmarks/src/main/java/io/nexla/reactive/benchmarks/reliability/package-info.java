/**
 * Reliability runs of the client: the chaos workload under seeded faults ({@link
 * io.nexla.reactive.benchmarks.reliability.ChaosRun}) and the malformed-response corpus ({@link
 * io.nexla.reactive.benchmarks.reliability.BadInputRun}). The same workload and corpus run CI-sized as tests in
 * {@code nexla-reactive-resources} ({@code io.nexla.reactive.reliability}); the copies here are kept in step with them.
 */
@NullMarked
package io.nexla.reactive.benchmarks.reliability;

import org.jspecify.annotations.NullMarked;
