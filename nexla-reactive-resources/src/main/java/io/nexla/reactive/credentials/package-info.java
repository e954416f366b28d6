/** The credentials resource group: its client and models. */
@NullMarked
package io.nexla.reactive.credentials;

import org.jspecify.annotations.NullMarked;
