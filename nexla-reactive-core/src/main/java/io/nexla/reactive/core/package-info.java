/** Client configuration shared by every part of the Nexla reactive client. */
@NullMarked
package io.nexla.reactive.core;

import org.jspecify.annotations.NullMarked;
