package io.nexla.reactive.webhooks;

import io.nexla.reactive.core.Secret;
import io.nexla.reactive.internal.ClientContext;

/** Pushes records into Nexla webhook sources with an API key. Obtain it from {@code NexlaClient.webhooks(apiKey)}. */
public final class WebhooksClient {

  private final ClientContext context;
  private final Secret apiKey;

  public WebhooksClient(ClientContext context, String apiKey) {
    this.context = context;
    this.apiKey = Secret.of(apiKey, "webhookApiKey");
  }
}
