package io.nexla.reactive.connectors;

import io.nexla.reactive.credentials.CredentialType;
import java.util.Map;

/** Credentials of the {@code s3} connector: an AWS access key pair and the bucket's region. */
public final class S3Credentials extends MapSettings implements ConnectorCredentials {

  private S3Credentials(Map<String, Object> values) {
    super(values);
  }

  /** A builder with the required access key pair. */
  public static Builder builder(String accessKeyId, String secretAccessKey) {
    return new Builder().put("access_key_id", accessKeyId).put("secret_access_key", secretAccessKey);
  }

  @Override
  public CredentialType type() {
    return CredentialType.S3;
  }

  /** Only the keys, never the values. */
  @Override
  public String toString() {
    return "S3Credentials" + toMap().keySet();
  }

  /** Builds {@link S3Credentials}. */
  public static final class Builder extends Settings<Builder> {
    private Builder() {}

    /** The bucket's AWS region, e.g. {@code us-east-1} ({@code region}). */
    public Builder region(String region) {
      return put("region", region);
    }

    public S3Credentials build() {
      return new S3Credentials(snapshot());
    }
  }
}
