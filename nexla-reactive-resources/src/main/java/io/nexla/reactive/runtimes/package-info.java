/** The runtimes resource group: its client and models. */
@NullMarked
package io.nexla.reactive.runtimes;

import org.jspecify.annotations.NullMarked;
