package io.nexla.reactive.destinations;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Connector code of a destination ({@code sink_type}). Unknown values decode to a new instance and are sent back as received. */
public final class DestinationType extends ExpandableValue {

  public static final DestinationType S3 = of("s3");
  public static final DestinationType GCS = of("gcs");
  public static final DestinationType AZURE_BLB = of("azure_blb");
  public static final DestinationType AZURE_DATA_LAKE = of("azure_data_lake");
  public static final DestinationType FTP = of("ftp");
  public static final DestinationType DROPBOX = of("dropbox");
  public static final DestinationType BOX = of("box");
  public static final DestinationType GDRIVE = of("gdrive");
  public static final DestinationType SHAREPOINT = of("sharepoint");
  public static final DestinationType MIN_IO_S3 = of("min_io_s3");
  public static final DestinationType WEBDAV = of("webdav");
  public static final DestinationType MYSQL = of("mysql");
  public static final DestinationType POSTGRES = of("postgres");
  public static final DestinationType SUPABASE = of("supabase");
  public static final DestinationType SQLSERVER = of("sqlserver");
  public static final DestinationType ORACLE = of("oracle");
  public static final DestinationType ORACLE_AUTONOMOUS = of("oracle_autonomous");
  public static final DestinationType REDSHIFT = of("redshift");
  public static final DestinationType SNOWFLAKE = of("snowflake");
  public static final DestinationType SNOWFLAKE_DCR = of("snowflake_dcr");
  public static final DestinationType BIGQUERY = of("bigquery");
  public static final DestinationType DATABRICKS = of("databricks");
  public static final DestinationType AS400 = of("as400");
  public static final DestinationType AWS_ATHENA = of("aws_athena");
  public static final DestinationType AZURE_SYNAPSE = of("azure_synapse");
  public static final DestinationType CLOUDSQL_MYSQL = of("cloudsql_mysql");
  public static final DestinationType CLOUDSQL_POSTGRES = of("cloudsql_postgres");
  public static final DestinationType CLOUDSQL_SQLSERVER = of("cloudsql_sqlserver");
  public static final DestinationType DB2 = of("db2");
  public static final DestinationType FIREBOLT = of("firebolt");
  public static final DestinationType GCP_ALLOYDB = of("gcp_alloydb");
  public static final DestinationType GCP_SPANNER = of("gcp_spanner");
  public static final DestinationType HANA_JDBC = of("hana_jdbc");
  public static final DestinationType HIVE = of("hive");
  public static final DestinationType NETSUITE_JDBC = of("netsuite_jdbc");
  public static final DestinationType SYBASE = of("sybase");
  public static final DestinationType TERADATA = of("teradata");
  public static final DestinationType DELTA_LAKE_AZURE_BLB = of("delta_lake_azure_blb");
  public static final DestinationType DELTA_LAKE_AZURE_DATA_LAKE = of("delta_lake_azure_data_lake");
  public static final DestinationType DELTA_LAKE_S3 = of("delta_lake_s3");
  public static final DestinationType S3_ICEBERG = of("s3_iceberg");
  public static final DestinationType MONGO = of("mongo");
  public static final DestinationType DYNAMODB = of("dynamodb");
  public static final DestinationType FIREBASE = of("firebase");
  public static final DestinationType KAFKA = of("kafka");
  public static final DestinationType CONFLUENT_KAFKA = of("confluent_kafka");
  public static final DestinationType GOOGLE_PUBSUB = of("google_pubsub");
  public static final DestinationType JMS = of("jms");
  public static final DestinationType TIBCO = of("tibco");
  public static final DestinationType REST = of("rest");
  public static final DestinationType SOAP = of("soap");
  public static final DestinationType EMAIL = of("email");
  public static final DestinationType DATA_MAP = of("data_map");
  public static final DestinationType NEXLA_MONITOR = of("nexla_monitor");
  public static final DestinationType PINECONE = of("pinecone");

  private DestinationType(String value) {
    super(value);
  }

  /** The value for this wire string (known or not). */
  @JsonCreator
  public static DestinationType of(String value) {
    return new DestinationType(value);
  }
}
