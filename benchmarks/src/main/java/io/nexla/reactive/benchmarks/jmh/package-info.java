/** JMH micro-benchmarks of the client's hot paths; run with {@code benchmarks/run.sh jmh}. */
@NullMarked
package io.nexla.reactive.benchmarks.jmh;

import org.jspecify.annotations.NullMarked;
