package io.nexla.reactive.marketplace;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /marketplace/domains/{id}/items}: publishes a nexset into a domain under a name. Fields left
 * {@code null} are not sent.
 *
 * @param name the item's name
 * @param dataSetId the nexset published
 * @param description a description
 * @param additionalProperties other top-level fields, sent as given
 */
public record MarketplaceItemCreate(
    String name,
    long dataSetId,
    @Nullable String description,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public MarketplaceItemCreate {
    Objects.requireNonNull(name, "name");
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder publishing this nexset under this name. */
  public static Builder builder(String name, long dataSetId) {
    return new Builder(name, dataSetId);
  }

  /** Names the fields set, never their values (configurations may hold secrets). */
  @Override
  public String toString() {
    return RequestText.namesOfSetFields(this);
  }

  /** Builder of {@link MarketplaceItemCreate}. */
  public static final class Builder {
    private final String name;
    private final long dataSetId;
    private @Nullable String description;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder(String name, long dataSetId) {
      this.name = name;
      this.dataSetId = dataSetId;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public MarketplaceItemCreate build() {
      return new MarketplaceItemCreate(name, dataSetId, description, extra);
    }
  }
}
