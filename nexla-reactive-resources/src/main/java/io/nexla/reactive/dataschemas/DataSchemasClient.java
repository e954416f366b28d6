package io.nexla.reactive.dataschemas;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.CopyOptions;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.internal.ClientContext;

/**
 * Client of the data schemas resource group ({@code /data_schemas}). Obtain it from
 * {@code NexlaClient.dataSchemas()}. Offers the generic operations (see {@link StandardResource}): the audit log
 * and access control are documented; the others follow the generic template. The API defines no request model
 * for schemas: {@link DataSchemaCreate} and {@link DataSchemaUpdate} carry the known fields and any other through
 * their builders' {@code field(name, value)}.
 */
public final class DataSchemasClient extends ResourceClient<DataSchema, DataSchemasClient>
    implements StandardResource<DataSchema, DataSchemaCreate, DataSchemaUpdate, CopyOptions> {

  
  public DataSchemasClient(ClientHandle context) {
    super(context, "dataSchemas", "/data_schemas", DataSchema.class);
  }

  @Override
  protected DataSchemasClient newInstance(ClientContext context) {
    return new DataSchemasClient(context);
  }
}
