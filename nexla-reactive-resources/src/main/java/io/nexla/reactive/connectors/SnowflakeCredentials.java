package io.nexla.reactive.connectors;

import io.nexla.reactive.credentials.CredentialType;
import java.util.Map;

/**
 * Credentials of the {@code snowflake} connector: account and user, authenticated with a password, and the
 * warehouse, database, schema and role the connection uses. Other authentication methods (e.g. key pairs) are set
 * with {@link Builder#field(String, Object)} under the keys Nexla documents for them.
 */
public final class SnowflakeCredentials extends MapSettings implements ConnectorCredentials {

  private SnowflakeCredentials(Map<String, Object> values) {
    super(values);
  }

  /** A builder with the required account identifier (e.g. {@code xy12345.us-east-1}) and user name. */
  public static Builder builder(String account, String user) {
    return new Builder().put("account", account).put("user", user);
  }

  @Override
  public CredentialType type() {
    return CredentialType.SNOWFLAKE;
  }

  /** Only the keys, never the values. */
  @Override
  public String toString() {
    return "SnowflakeCredentials" + toMap().keySet();
  }

  /** Builds {@link SnowflakeCredentials}. */
  public static final class Builder extends Settings<Builder> {
    private Builder() {}

    /** Password authentication ({@code password}). */
    public Builder password(String password) {
      return put("password", password);
    }

    public Builder warehouse(String warehouse) {
      return put("warehouse", warehouse);
    }

    public Builder database(String database) {
      return put("database", database);
    }

    public Builder schema(String schema) {
      return put("schema", schema);
    }

    public Builder role(String role) {
      return put("role", role);
    }

    public SnowflakeCredentials build() {
      return new SnowflakeCredentials(snapshot());
    }
  }
}
