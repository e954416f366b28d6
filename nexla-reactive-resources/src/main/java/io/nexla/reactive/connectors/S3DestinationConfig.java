package io.nexla.reactive.connectors;

import java.util.Map;

/** {@code sink_config} of an {@code s3} destination: where files are written, in which format and compression. */
public final class S3DestinationConfig extends MapSettings {

  private S3DestinationConfig(Map<String, Object> values) {
    super(values);
  }

  /** A builder writing under {@code path} (bucket-relative prefix, e.g. {@code analytics/orders/}). */
  public static Builder builder(String path) {
    return new Builder().put("path", path);
  }

  /** Builds {@link S3DestinationConfig}. */
  public static final class Builder extends Settings<Builder> {
    private Builder() {}

    /** The written files' format, e.g. {@code parquet}, {@code json}, {@code csv} ({@code data_format}). */
    public Builder dataFormat(String dataFormat) {
      return put("data_format", dataFormat);
    }

    /** The files' compression, e.g. {@code snappy}, {@code gzip} ({@code file_compression}). */
    public Builder fileCompression(String fileCompression) {
      return put("file_compression", fileCompression);
    }

    public S3DestinationConfig build() {
      return new S3DestinationConfig(snapshot());
    }
  }
}
