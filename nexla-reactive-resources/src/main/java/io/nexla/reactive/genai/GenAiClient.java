package io.nexla.reactive.genai;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the genai resource group. Obtain it from {@code NexlaClient.genAi()}. */
public final class GenAiClient extends GroupClient<GenAiClient> {

  public GenAiClient(ClientContext context) {
    super(context);
  }

  @Override
  protected GenAiClient newInstance(ClientContext context) {
    return new GenAiClient(context);
  }
}
