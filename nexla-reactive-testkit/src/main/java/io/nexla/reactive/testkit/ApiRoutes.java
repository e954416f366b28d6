package io.nexla.reactive.testkit;

/**
 * Every API route of the emulator, assembled from the route groups. Among equally specific templates the one
 * registered last wins, so the generic collection routes are registered first and the groups refine them.
 */
final class ApiRoutes {

  private final Router router = new Router();
  private final TaskRoutes tasks;
  private final DataRoutes data;

  ApiRoutes(EmulatorStore store, EmulatorSettings settings) {
    Lifecycle lifecycle = new Lifecycle(store);
    FlowTree flows = new FlowTree(store, settings, lifecycle);
    SubListRoutes subLists = new SubListRoutes(store, settings, router);
    CollectionRoutes collections = new CollectionRoutes(store, settings, router, flows, lifecycle, subLists);
    this.tasks = new TaskRoutes(store, settings, router);
    this.data = new DataRoutes(store, settings, router, lifecycle);
    new FlowRoutes(store, settings, router, flows);
    new NotificationRoutes(store, settings, router);
    new OrgRoutes(store, settings, router, flows, subLists, collections);
    new UserRoutes(store, settings, router);
  }

  Router router() {
    return router;
  }

  /** {@code POST /webhook/{id}}: records go to the source's nexset. */
  Reply webhook(Exchange exchange, long sourceId) {
    return data.webhook(exchange, sourceId);
  }

  /** {@code GET /downloads/{id}}: the artifact of a finished async task. */
  Reply download(long taskId) {
    return tasks.download(taskId);
  }
}
