package io.nexla.reactive.webhooks;

import java.util.Objects;

/**
 * Options of a webhook send. Each flag is sent as {@code <name>=true} only when set.
 *
 * @param includeHeaders custom request headers become {@code header_<name>} attributes of the records
 * @param includeUrlParams custom query parameters become {@code url_param_<name>} attributes of the records
 * @param forceSchemaDetection run schema detection on these records (normally only the first few are examined)
 * @param auth how the API key is sent
 */
public record WebhookSendOptions(
    boolean includeHeaders, boolean includeUrlParams, boolean forceSchemaDetection, WebhookAuth auth) {

  /** No flags, API key in the {@code Authorization} header (never in the URL, where logs could record it). */
  public static final WebhookSendOptions DEFAULTS = new WebhookSendOptions(false, false, false, WebhookAuth.HEADER);

  public WebhookSendOptions {
    Objects.requireNonNull(auth, "auth");
  }

  public WebhookSendOptions withIncludeHeaders(boolean include) {
    return new WebhookSendOptions(include, includeUrlParams, forceSchemaDetection, auth);
  }

  public WebhookSendOptions withIncludeUrlParams(boolean include) {
    return new WebhookSendOptions(includeHeaders, include, forceSchemaDetection, auth);
  }

  public WebhookSendOptions withForceSchemaDetection(boolean force) {
    return new WebhookSendOptions(includeHeaders, includeUrlParams, force, auth);
  }

  public WebhookSendOptions withAuth(WebhookAuth mode) {
    return new WebhookSendOptions(includeHeaders, includeUrlParams, forceSchemaDetection, mode);
  }
}
