/** JSON support: the library's own Jackson 3 mapper and expandable string values. */
@NullMarked
package io.nexla.reactive.core.json;

import org.jspecify.annotations.NullMarked;
