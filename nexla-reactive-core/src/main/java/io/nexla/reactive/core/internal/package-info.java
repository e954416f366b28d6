/** Implementation details; not API, may change without notice. */
@NullMarked
package io.nexla.reactive.core.internal;

import org.jspecify.annotations.NullMarked;
