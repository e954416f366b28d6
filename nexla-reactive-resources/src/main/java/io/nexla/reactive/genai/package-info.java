/** The genai resource group: its client and models. */
@NullMarked
package io.nexla.reactive.genai;

import org.jspecify.annotations.NullMarked;
