package io.nexla.reactive.credentials;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Connector code of a credential ({@code credentials_type}). Unknown values decode to a new instance and are sent back as received. */
public final class CredentialType extends ExpandableValue {

  public static final CredentialType AS400 = of("as400");
  public static final CredentialType AWS_ATHENA = of("aws_athena");
  public static final CredentialType AZURE_BLB = of("azure_blb");
  public static final CredentialType AZURE_DATA_LAKE = of("azure_data_lake");
  public static final CredentialType AZURE_SYNAPSE = of("azure_synapse");
  public static final CredentialType BIGQUERY = of("bigquery");
  public static final CredentialType BOX = of("box");
  public static final CredentialType CLOUDSQL_MYSQL = of("cloudsql_mysql");
  public static final CredentialType CLOUDSQL_POSTGRES = of("cloudsql_postgres");
  public static final CredentialType CLOUDSQL_SQLSERVER = of("cloudsql_sqlserver");
  public static final CredentialType CONFLUENT_KAFKA = of("confluent_kafka");
  public static final CredentialType DATABRICKS = of("databricks");
  public static final CredentialType DB2 = of("db2");
  public static final CredentialType DELTA_LAKE_AZURE_BLB = of("delta_lake_azure_blb");
  public static final CredentialType DELTA_LAKE_AZURE_DATA_LAKE = of("delta_lake_azure_data_lake");
  public static final CredentialType DELTA_LAKE_S3 = of("delta_lake_s3");
  public static final CredentialType DROPBOX = of("dropbox");
  public static final CredentialType DYNAMODB = of("dynamodb");
  public static final CredentialType FIREBASE = of("firebase");
  public static final CredentialType FIREBOLT = of("firebolt");
  public static final CredentialType FTP = of("ftp");
  public static final CredentialType GCP_ALLOYDB = of("gcp_alloydb");
  public static final CredentialType GCP_SPANNER = of("gcp_spanner");
  public static final CredentialType GCS = of("gcs");
  public static final CredentialType GDRIVE = of("gdrive");
  public static final CredentialType GOOGLE_PUBSUB = of("google_pubsub");
  public static final CredentialType HANA_JDBC = of("hana_jdbc");
  public static final CredentialType HIVE = of("hive");
  public static final CredentialType JMS = of("jms");
  public static final CredentialType KAFKA = of("kafka");
  public static final CredentialType MIN_IO_S3 = of("min_io_s3");
  public static final CredentialType MONGO = of("mongo");
  public static final CredentialType MYSQL = of("mysql");
  public static final CredentialType NETSUITE_JDBC = of("netsuite_jdbc");
  public static final CredentialType NEXLA_MONITOR = of("nexla_monitor");
  public static final CredentialType ORACLE = of("oracle");
  public static final CredentialType ORACLE_AUTONOMOUS = of("oracle_autonomous");
  public static final CredentialType PINECONE = of("pinecone");
  public static final CredentialType POSTGRES = of("postgres");
  public static final CredentialType REDSHIFT = of("redshift");
  public static final CredentialType REST = of("rest");
  public static final CredentialType S3 = of("s3");
  public static final CredentialType S3_ICEBERG = of("s3_iceberg");
  public static final CredentialType SHAREPOINT = of("sharepoint");
  public static final CredentialType SNOWFLAKE = of("snowflake");
  public static final CredentialType SNOWFLAKE_DCR = of("snowflake_dcr");
  public static final CredentialType SOAP = of("soap");
  public static final CredentialType SQLSERVER = of("sqlserver");
  public static final CredentialType SYBASE = of("sybase");
  public static final CredentialType TERADATA = of("teradata");
  public static final CredentialType TIBCO = of("tibco");
  public static final CredentialType WEBDAV = of("webdav");

  private CredentialType(String value) {
    super(value);
  }

  /** The value for this wire string (known or not). */
  @JsonCreator
  public static CredentialType of(String value) {
    return new CredentialType(value);
  }
}
