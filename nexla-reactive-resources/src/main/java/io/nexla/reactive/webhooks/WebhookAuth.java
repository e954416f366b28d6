package io.nexla.reactive.webhooks;

/** How the API key is sent to a webhook. */
public enum WebhookAuth {
  /** As the query parameter {@code api_key} (the default). */
  QUERY,
  /** As {@code Authorization: Basic <base64(api key)>}; keeps the key out of URLs and access logs. */
  HEADER
}
