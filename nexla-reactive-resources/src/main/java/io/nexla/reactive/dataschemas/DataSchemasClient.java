package io.nexla.reactive.dataschemas;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the dataschemas resource group. Obtain it from {@code NexlaClient.dataSchemas()}. */
public final class DataSchemasClient extends GroupClient<DataSchemasClient> {

  public DataSchemasClient(ClientContext context) {
    super(context);
  }

  @Override
  protected DataSchemasClient newInstance(ClientContext context) {
    return new DataSchemasClient(context);
  }
}
