/** The request path: requests, responses, per-call options and the transport on Spring WebClient. */
@NullMarked
package io.nexla.reactive.core.http;

import org.jspecify.annotations.NullMarked;
