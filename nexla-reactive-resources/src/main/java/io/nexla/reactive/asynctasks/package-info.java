/** The asynctasks resource group: its client and models. */
@NullMarked
package io.nexla.reactive.asynctasks;

import org.jspecify.annotations.NullMarked;
