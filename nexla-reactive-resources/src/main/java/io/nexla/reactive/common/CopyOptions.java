package io.nexla.reactive.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Options of a copy for groups whose copy the API reference describes only as "copy options" (teams, projects,
 * users, organisations, data schemas, approval requests, async tasks): the fields Nexla's copies share, and
 * {@link #withField} for anything else. Unset parts are {@code null} and not sent, so {@link #DEFAULTS} sends
 * {@code {}} like a copy without options.
 *
 * <pre>{@code
 * client.teams().copy(id, CopyOptions.DEFAULTS.withCopyAccessControls(true));
 * }</pre>
 *
 * @param copyAccessControls whether the access-control list is copied
 * @param ownerId owner of the copy (default: the caller)
 * @param orgId organisation of the copy
 * @param additionalProperties other top-level fields, sent as given
 */
public record CopyOptions(
    @Nullable Boolean copyAccessControls,
    @Nullable Long ownerId,
    @Nullable Long orgId,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  /** Nothing set: the body is {@code {}}. */
  public static final CopyOptions DEFAULTS = new CopyOptions(null, null, null, Map.of());

  public CopyOptions {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  public CopyOptions withCopyAccessControls(boolean copy) {
    return new CopyOptions(copy, ownerId, orgId, additionalProperties);
  }

  /** The copy belongs to this owner and organisation. */
  public CopyOptions withOwner(long ownerId, long orgId) {
    return new CopyOptions(copyAccessControls, ownerId, orgId, additionalProperties);
  }

  /** Any other top-level field, sent as given ({@code null} as JSON {@code null}). */
  public CopyOptions withField(String name, @Nullable Object value) {
    Map<String, Object> more = new LinkedHashMap<>(additionalProperties);
    more.put(name, value);
    return new CopyOptions(copyAccessControls, ownerId, orgId, more);
  }
}
