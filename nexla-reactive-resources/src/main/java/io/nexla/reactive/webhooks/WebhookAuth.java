package io.nexla.reactive.webhooks;

/** How the API key is sent to a webhook. */
public enum WebhookAuth {
  /**
   * As the query parameter {@code api_key} (the Nexla SDKs' default). The key then is part of the URL, which proxies,
   * access logs and HTTP-library debug logs may record.
   */
  QUERY,
  /** As {@code Authorization: Basic <base64(api key)>} (the default): keeps the key out of URLs and logs. */
  HEADER
}
