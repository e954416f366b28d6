/**
 * One Nexla rate limit shared by every replica: an adaptive token bucket in Redis, with a fleet-wide pause on
 * {@code Retry-After} and a local fallback when Redis cannot be reached. Entry point: {@link SharedRateLimit}.
 */
@NullMarked
package io.nexla.reactive.redis;

import org.jspecify.annotations.NullMarked;
