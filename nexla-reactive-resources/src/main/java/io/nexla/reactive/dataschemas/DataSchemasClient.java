package io.nexla.reactive.dataschemas;

import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.internal.ClientContext;
import java.util.Map;

/**
 * Client of the data schemas resource group ({@code /data_schemas}). Obtain it from
 * {@code NexlaClient.dataSchemas()}. Offers the generic operations (see {@link StandardResource}): the audit log
 * and access control are documented; the others follow the generic template and take free-form bodies, as the
 * API defines no request model for schemas.
 */
public final class DataSchemasClient extends ResourceClient<DataSchema, DataSchemasClient>
    implements StandardResource<DataSchema, Map<String, Object>, Map<String, Object>, Map<String, Object>> {

  
  public DataSchemasClient(ClientContext context) {
    super(context, "dataSchemas", "/data_schemas", DataSchema.class);
  }

  @Override
  protected DataSchemasClient newInstance(ClientContext context) {
    return new DataSchemasClient(context);
  }
}
