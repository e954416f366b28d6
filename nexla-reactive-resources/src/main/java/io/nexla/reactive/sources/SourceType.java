package io.nexla.reactive.sources;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Connector code of a source ({@code source_type}). Unknown values decode to a new instance and are sent back as received. */
public final class SourceType extends ExpandableValue {

  public static final SourceType S3 = of("s3");
  public static final SourceType GCS = of("gcs");
  public static final SourceType AZURE_BLB = of("azure_blb");
  public static final SourceType FTP = of("ftp");
  public static final SourceType DROPBOX = of("dropbox");
  public static final SourceType BOX = of("box");
  public static final SourceType GDRIVE = of("gdrive");
  public static final SourceType SHAREPOINT = of("sharepoint");
  public static final SourceType MYSQL = of("mysql");
  public static final SourceType POSTGRES = of("postgres");
  public static final SourceType SQLSERVER = of("sqlserver");
  public static final SourceType ORACLE = of("oracle");
  public static final SourceType REDSHIFT = of("redshift");
  public static final SourceType SNOWFLAKE = of("snowflake");
  public static final SourceType BIGQUERY = of("bigquery");
  public static final SourceType DATABRICKS = of("databricks");
  public static final SourceType MONGO = of("mongo");
  public static final SourceType DYNAMODB = of("dynamodb");
  public static final SourceType FIREBASE = of("firebase");
  public static final SourceType KAFKA = of("kafka");
  public static final SourceType CONFLUENT_KAFKA = of("confluent_kafka");
  public static final SourceType GOOGLE_PUBSUB = of("google_pubsub");
  public static final SourceType REST = of("rest");
  public static final SourceType SOAP = of("soap");
  public static final SourceType NEXLA_REST = of("nexla_rest");
  public static final SourceType FILE_UPLOAD = of("file_upload");
  public static final SourceType EMAIL = of("email");
  public static final SourceType NEXLA_MONITOR = of("nexla_monitor");
  public static final SourceType API_PUSH = of("api_push");

  private SourceType(String value) {
    super(value);
  }

  /** The value for this wire string (known or not). */
  @JsonCreator
  public static SourceType of(String value) {
    return new SourceType(value);
  }
}
