/** The sources resource group: its client and models. */
@NullMarked
package io.nexla.reactive.sources;

import org.jspecify.annotations.NullMarked;
