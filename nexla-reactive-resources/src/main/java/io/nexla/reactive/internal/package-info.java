/** Implementation details of the resource clients; not API, may change without notice. */
@NullMarked
package io.nexla.reactive.internal;

import org.jspecify.annotations.NullMarked;
