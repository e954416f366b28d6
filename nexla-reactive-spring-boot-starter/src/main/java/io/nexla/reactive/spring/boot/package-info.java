/**
 * Spring Boot auto-configuration of the Nexla reactive client: a {@code NexlaClient} bean from {@code nexla.*}
 * properties ({@link io.nexla.reactive.spring.boot.NexlaProperties}) and, with Spring Boot's health support on the
 * classpath, a health indicator ({@link io.nexla.reactive.spring.boot.NexlaHealthIndicator}); with
 * {@code nexla-reactive-redis}, a rate limit shared through Redis
 * ({@link io.nexla.reactive.spring.boot.NexlaRedisRateLimitProperties}).
 */
@NullMarked
package io.nexla.reactive.spring.boot;

import org.jspecify.annotations.NullMarked;
