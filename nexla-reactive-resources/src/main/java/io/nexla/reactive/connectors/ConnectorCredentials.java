package io.nexla.reactive.connectors;

import io.nexla.reactive.credentials.CredentialType;

/** The secret {@code credentials} of one connector type; every value is treated as a secret. */
public interface ConnectorCredentials extends ConnectorConfig {

  /** The {@code credentials_type} these credentials are for. */
  CredentialType type();
}
