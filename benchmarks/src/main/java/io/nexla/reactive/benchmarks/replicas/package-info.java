/** The {@code replicas} scenario: client JVMs sharing one organisation quota, with and without a shared limit. */
@NullMarked
package io.nexla.reactive.benchmarks.replicas;

import org.jspecify.annotations.NullMarked;
