/** Scenario benchmarks of the Nexla client, run by {@code benchmarks/run.sh}. */
@NullMarked
package io.nexla.reactive.benchmarks;

import org.jspecify.annotations.NullMarked;
