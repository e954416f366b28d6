/** Credentials and the single-flight access-token cache. */
@NullMarked
package io.nexla.reactive.core.auth;

import org.jspecify.annotations.NullMarked;
