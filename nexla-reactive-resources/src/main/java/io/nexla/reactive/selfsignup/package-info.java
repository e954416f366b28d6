/** The selfsignup resource group: its client and models. */
@NullMarked
package io.nexla.reactive.selfsignup;

import org.jspecify.annotations.NullMarked;
