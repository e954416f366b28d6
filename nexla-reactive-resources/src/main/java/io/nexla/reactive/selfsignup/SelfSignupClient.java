package io.nexla.reactive.selfsignup;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the selfsignup resource group. Obtain it from {@code NexlaClient.selfSignup()}. */
public final class SelfSignupClient extends GroupClient<SelfSignupClient> {

  public SelfSignupClient(ClientContext context) {
    super(context);
  }

  @Override
  protected SelfSignupClient newInstance(ClientContext context) {
    return new SelfSignupClient(context);
  }
}
