/** The attributetransforms resource group: its client and models. */
@NullMarked
package io.nexla.reactive.attributetransforms;

import org.jspecify.annotations.NullMarked;
