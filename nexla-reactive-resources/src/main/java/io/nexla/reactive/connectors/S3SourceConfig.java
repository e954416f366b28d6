package io.nexla.reactive.connectors;

import java.util.Map;

/** {@code source_config} of an {@code s3} source: which files to read, in which format, and when to poll. */
public final class S3SourceConfig extends MapSettings {

  private S3SourceConfig(Map<String, Object> values) {
    super(values);
  }

  /** A builder reading the files under {@code path} (bucket-relative prefix, e.g. {@code raw/orders/}). */
  public static Builder builder(String path) {
    return new Builder().put("path", path);
  }

  /** Builds {@link S3SourceConfig}. */
  public static final class Builder extends Settings<Builder> {
    private Builder() {}

    /** The files' format, e.g. {@code json}, {@code csv}, {@code parquet} ({@code file_format}). */
    public Builder fileFormat(String fileFormat) {
      return put("file_format", fileFormat);
    }

    /** Poll on a cron schedule, e.g. {@code 0 * * * *} for hourly ({@code start.cron}). */
    public Builder cron(String cronExpression) {
      return put("start.cron", cronExpression);
    }

    public S3SourceConfig build() {
      return new S3SourceConfig(snapshot());
    }
  }
}
