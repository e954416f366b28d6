/**
 * Metrics, flow logs and rate limits of resources and flows: client and models. Answers whose shape the server
 * varies keep any part that does not fit its typed model among their additional properties.
 */
@NullMarked
package io.nexla.reactive.metrics;

import org.jspecify.annotations.NullMarked;
