package io.nexla.reactive.runtimes;

import io.nexla.reactive.common.AccessControlled;
import io.nexla.reactive.common.Audited;
import io.nexla.reactive.common.Copyable;
import io.nexla.reactive.common.Creatable;
import io.nexla.reactive.common.Deletable;
import io.nexla.reactive.common.Gettable;
import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.common.Lifecycle;
import io.nexla.reactive.common.Updatable;
import io.nexla.reactive.internal.ClientContext;
import io.nexla.reactive.internal.ResourceOperations;
import java.util.Map;
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
public final class RuntimesClient extends GroupClient<RuntimesClient>
    implements Gettable<Runtime>, Creatable<Runtime, RuntimeInput>, Updatable<Runtime, RuntimeInput>,
        Deletable<Runtime>, Lifecycle<Runtime>, Copyable<Runtime, Map<String, Object>>, Audited<Runtime>,
        AccessControlled<Runtime> {

  private final ResourceOperations<Runtime> ops;

  public RuntimesClient(ClientContext context) {
    super(context);
    this.ops = new ResourceOperations<>(context, "runtimes", "/runtimes", Runtime.class);
  }

  @Override
  public ResourceOperations<Runtime> resourceOperations() {
    return ops;
  }

  @Override
  protected RuntimesClient newInstance(ClientContext context) {
    return new RuntimesClient(context);
  }

  /** Emits every runtime visible to the caller (one request, no paging); nothing for an empty body. */
  public Flux<Runtime> list() {
    return ops.retrieveList(ops.request(HttpMethod.GET, "/runtimes", "list"), Runtime.class);
  }
}
