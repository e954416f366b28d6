package io.nexla.reactive.runtimes;

import io.nexla.reactive.common.AccessControlled;
import io.nexla.reactive.common.Audited;
import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.Copyable;
import io.nexla.reactive.common.Creatable;
import io.nexla.reactive.common.Deletable;
import io.nexla.reactive.common.Gettable;
import io.nexla.reactive.common.CopyOptions;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.Lifecycle;
import io.nexla.reactive.common.Updatable;
import io.nexla.reactive.internal.ClientContext;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;

/**
 * Client of the runtimes resource group ({@code /runtimes}: custom code runtimes). Obtain it from
 * {@code NexlaClient.runtimes()}. The list is not paged.
 *
 * <p>Every method is cold: the request is sent on subscription, anew for each subscription. Unless stated
 * otherwise a method signals {@code NotFoundException} for an unknown id, other {@code NexlaServiceException}s for
 * error statuses, {@code NexlaTransportException}, {@code NexlaTimeoutException}, or {@code NexlaDecodeException}.
 */
public final class RuntimesClient extends ResourceClient<Runtime, RuntimesClient>
    implements Gettable<Runtime>, Creatable<Runtime, RuntimeCreate>, Updatable<Runtime, RuntimeUpdate>,
        Deletable<Runtime>, Lifecycle<Runtime>, Copyable<Runtime, CopyOptions>, Audited<Runtime>,
        AccessControlled<Runtime> {

  
  public RuntimesClient(ClientHandle context) {
    super(context, "runtimes", "/runtimes", Runtime.class);
  }

  @Override
  protected RuntimesClient newInstance(ClientContext context) {
    return new RuntimesClient(context);
  }

  /**
   * Emits every runtime visible to the caller from one {@code GET /runtimes}: the endpoint cannot page, so this
   * is a plain {@code Flux}. Cold: sent on subscription. Nothing for an empty body.
   */
  public Flux<Runtime> list() {
    return ops.retrieveList(ops.request(HttpMethod.GET, "/runtimes", "list"), Runtime.class);
  }
}
