/**
 * Reliability runs of the client: the chaos workload under seeded faults ({@link
 * io.nexla.reactive.benchmarks.reliability.ChaosRun}) and the malformed-response corpus ({@link
 * io.nexla.reactive.benchmarks.reliability.BadInputRun}). The same workload and corpus run CI-sized as this
 * module's tests (same package), so there is one copy of each.
 */
@NullMarked
package io.nexla.reactive.benchmarks.reliability;

import org.jspecify.annotations.NullMarked;
