package io.nexla.reactive.common;

/**
 * What a group client is built over: the client's transport and the per-call options of its view, kept opaque.
 * {@link io.nexla.reactive.NexlaClient} builds every group client, and {@link GroupClient#withOptions} its views;
 * applications obtain group clients from there ({@code client.sources()}), never through a constructor.
 *
 * <p>Has no methods on purpose: only the client's own implementation is accepted, and a group client built over
 * any other throws {@link IllegalArgumentException}.
 */
public interface ClientHandle {}
