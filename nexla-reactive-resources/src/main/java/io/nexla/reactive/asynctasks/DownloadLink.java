package io.nexla.reactive.asynctasks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a task's artifact can be downloaded. The server answers either a bare JSON string (the URL) or
 * {@code {url, expires_at}}; both decode to this record.
 *
 * <p>{@link #toString()} shows only scheme, host and path: download links are often pre-signed and their query
 * string is a credential.
 *
 * @param url the artifact's URL
 * @param expiresAt when the link stops working, if the server said
 * @param additionalProperties fields this model does not know
 */
@NexlaModel
public record DownloadLink(URI url, @Nullable Instant expiresAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public DownloadLink {
    Objects.requireNonNull(url, "url");
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A link given as a bare URL. */
  public static DownloadLink of(URI url) {
    return new DownloadLink(url, null, Map.of());
  }

  @Override
  public String toString() {
    return "DownloadLink[url=" + url.getScheme() + "://" + url.getHost() + url.getRawPath()
        + (url.getRawQuery() != null ? "?…" : "") + ", expiresAt=" + expiresAt + "]";
  }
}
