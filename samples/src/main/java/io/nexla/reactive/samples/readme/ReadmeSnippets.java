package io.nexla.reactive.samples.readme;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.asynctasks.AsyncTask;
import io.nexla.reactive.asynctasks.AsyncTaskCreate;
import io.nexla.reactive.asynctasks.AsyncTaskType;
import io.nexla.reactive.asynctasks.ExportProgress;
import io.nexla.reactive.asynctasks.TaskFailedException;
import io.nexla.reactive.common.ListOptions;
import io.nexla.reactive.common.ResourceStatus;
import io.nexla.reactive.connectors.S3Credentials;
import io.nexla.reactive.connectors.S3SourceConfig;
import io.nexla.reactive.connectors.SnowflakeDestinationConfig;
import io.nexla.reactive.core.CredentialSource;
import io.nexla.reactive.core.ProxyOptions;
import io.nexla.reactive.core.TlsOptions;
import io.nexla.reactive.core.error.ConflictException;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.error.NexlaServiceException;
import io.nexla.reactive.core.error.NotFoundException;
import io.nexla.reactive.core.error.RateLimitException;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.http.Response;
import io.nexla.reactive.core.observation.NexlaOperationObservationConvention;
import io.nexla.reactive.core.paging.Page;
import io.nexla.reactive.core.paging.PagingOptions;
import io.nexla.reactive.core.polling.PollOptions;
import io.nexla.reactive.core.polling.PollTimeoutException;
import io.nexla.reactive.core.polling.Poller;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.credentials.CredentialCreate;
import io.nexla.reactive.destinations.DestinationCreate;
import io.nexla.reactive.destinations.DestinationType;
import io.nexla.reactive.flows.FlowResourceType;
import io.nexla.reactive.flows.FlowResponse;
import io.nexla.reactive.flows.FlowScope;
import io.nexla.reactive.nexsets.NexsetCreate;
import io.nexla.reactive.redis.SharedRateLimit;
import io.nexla.reactive.sources.Source;
import io.nexla.reactive.sources.SourceCreate;
import io.nexla.reactive.sources.SourceType;
import io.nexla.reactive.webhooks.WebhookBatching;
import io.nexla.reactive.webhooks.WebhooksClient;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The Java code blocks of the root README.md, compiled. Each block is the text between a {@code // README:name}
 * marker and the next {@code // README:end}, with its indentation removed; {@code ReadmeSnippetsTest} checks that
 * the README shows exactly these blocks.
 */
@SuppressWarnings({"unused", "UnusedAssignment"})
final class ReadmeSnippets {

  private static final Logger log = LoggerFactory.getLogger(ReadmeSnippets.class);

  private ReadmeSnippets() {}

  static NexlaClient fromEnvironment() {
    // README:client
    NexlaClient client = NexlaClient.builder()
        .fromEnvironment(System.getenv())   // NEXLA_SERVICE_KEY or NEXLA_ACCESS_TOKEN, and NEXLA_API_URL
        .build();
    // README:end
    return client;
  }

  static NexlaClient sharedRateLimit(String serviceKey, RedisClient redis) {
    // README:shared-rate-limit
    NexlaClient client = NexlaClient.builder()
        .serviceKey(serviceKey)
        .rateLimit(SharedRateLimit.redis(redis, RedisURI.create("redis://redis.internal:6379"))
            .key("nexla:org-42")                        // one key per Nexla organisation
            .limit(50, Duration.ofSeconds(1))           // the organisation's limit, for the whole fleet
            .fallbackToLocal(4)                         // Redis unreachable: 50 / 4 per replica
            .build())
        .build();
    // README:end
    return client;
  }

  static NexlaClient configured(String serviceKey, RateLimiter limiter) {
    // README:configuration
    NexlaClient client = NexlaClient.builder()
        .baseUrl("https://dataops.nexla.io/nexla-api")
        .serviceKey(serviceKey)
        .connectTimeout(Duration.ofSeconds(5))
        .responseTimeout(Duration.ofSeconds(20))
        .maxConnections(200)
        .retry(RetryOptions.builder().maxAttempts(5).maxDelay(Duration.ofSeconds(10)).build())
        .paging(PagingOptions.builder().pageSize(200).prefetchPages(2).build())
        .polling(PollOptions.builder().interval(Duration.ofSeconds(2)).totalTimeout(Duration.ofMinutes(10)).build())
        .rateLimiter(limiter)
        .build();
    // README:end
    return client;
  }

  static void streamSources(NexlaClient client) {
    // README:stream-sources
    Flux<Source> sources = client.sources().list();        // cold: nothing is sent yet

    sources.filter(s -> ResourceStatus.ACTIVE.equals(s.status()))
        .take(10)                                          // cancels after 10: no further pages are fetched
        .subscribe(s -> log.info("{} {}", s.id(), s.name()));
    // README:end
  }

  static void pages(NexlaClient client) {
    // README:pages
    client.sources().list(ListOptions.DEFAULTS.withPageSize(50))
        .byPage()                                          // Flux<Page<Source>>: one element per HTTP page
        .subscribe((Page<Source> page) -> log.info("page {}: {} sources", page.page(), page.items().size()));
    // README:end
  }

  static Mono<FlowResponse> pipeline(NexlaClient client, String keyId, String secretKey, long warehouseCredentialId) {
    // README:pipeline
    Mono<FlowResponse> flow = client.credentials()
        .create(CredentialCreate.builder("orders bucket",
            S3Credentials.builder(keyId, secretKey).region("us-east-1").build()).build())
        .flatMap(credential -> client.sources().create(SourceCreate.builder("orders", SourceType.S3)
            .dataCredentialsId(credential.id())
            .config(S3SourceConfig.builder("raw/orders/").fileFormat("json")
                .cron("0 * * * *")                         // hourly
                .build())
            .build()))
        .flatMap(source -> client.nexsets().create(NexsetCreate.builder("orders clean",
                source.dataSets().get(0).id())             // the nexset Nexla detected in the files
            .transform(Map.of("version", 1, "operations", List.of()))
            .build()))
        .flatMap(nexset -> client.destinations().create(DestinationCreate.builder("orders warehouse",
                DestinationType.SNOWFLAKE, warehouseCredentialId, nexset.id())
            .config(SnowflakeDestinationConfig.merge("RAW.STAGING.ORDERS", "order_id").role("SYSADMIN").build())
            .build()))
        .flatMap(sink -> client.flows().activateFlowOf(FlowResourceType.DESTINATIONS, sink.id(), FlowScope.WHOLE_FLOW));
    // README:end
    return flow;
  }

  static void export(NexlaClient client, long nexsetId) {
    // README:export
    AsyncTaskCreate request = AsyncTaskCreate.builder(AsyncTaskType.EXPORT_DATA)
        .argument("data_set_id", nexsetId)
        .build();

    client.asyncTasks().export(request, Path.of("orders.csv"))
        .subscribe(step -> {
          switch (step.stage()) {
            case TASK_UPDATED -> log.info("task {} {} {}%", step.task().id(), step.task().status(),
                step.task().progress().orElse(0));
            case DOWNLOADING -> log.info("{} bytes written so far", step.bytesWritten());
            case DOWNLOADED -> log.info("downloaded {} bytes to {}", step.bytesWritten(), step.file());
          }
        });
    // README:end
  }

  static Disposable polling(NexlaClient client, AsyncTaskCreate request) {
    // README:polling
    Poller<AsyncTask> poller = client.asyncTasks().beginCreate(request,
        PollOptions.builder()
            .interval(Duration.ofSeconds(2))               // first wait, grows 1.5x per poll ...
            .maxInterval(Duration.ofSeconds(15))           // ... up to this
            .pollTimeout(Duration.ofSeconds(10))           // each status request
            .totalTimeout(Duration.ofMinutes(20))          // the whole wait
            .build());

    Disposable running = poller.result()                   // Mono<AsyncTask>: the finished task
        .subscribe(
            task -> log.info("task {} done: {}", task.id(), task.result()),
            error -> {
              if (error instanceof TaskFailedException failed) {
                log.warn("task {} failed: {}", failed.task().id(), failed.task().error());
              } else if (error instanceof PollTimeoutException timeout) {
                log.warn("still not done after {}", timeout.timeout());
              }
            });

    running.dispose();                                     // stops polling; the server task keeps running
    // README:end
    return running;
  }

  static Flux<AsyncTask> startWithoutWaiting(NexlaClient client, AsyncTaskCreate request, long taskId) {
    // README:start-without-waiting
    Mono<Long> started = client.asyncTasks().beginCreate(request)
        .activation()                                  // sends POST /async_tasks once and emits the created task
        .map(AsyncTask::id);                           // e.g. answer 202 with the id and let the caller come back

    Flux<AsyncTask> resumed = client.asyncTasks().beginPolling(taskId)   // later, here or in another process
        .updates();                                    // polls GET /async_tasks/{id} until the task ends
    // README:end
    return started.thenMany(resumed);
  }

  static NexlaClient production(Mono<String> serviceKeyFromVault, String proxyPassword,
      X509Certificate privateCa) {
    // README:production
    NexlaClient client = NexlaClient.builder()
        .baseUrl("https://nexla.internal.example/nexla-api")
        .credentials(CredentialSource.serviceKey(serviceKeyFromVault))   // read again before every token request
        .proxy(ProxyOptions.http("proxy.corp.example", 3128)
            .withCredentials("svc-nexla", proxyPassword)
            .withNonProxyHosts("localhost", ".corp.example"))
        .tls(TlsOptions.builder().trustedCertificates(privateCa).protocols("TLSv1.3").build())
        .build();

    client.refreshAccessToken()                               // after rotating the key: use it from now on
        .subscribe(token -> log.info("new token valid until {}", token.expiresAt()));
    // README:end
    return client;
  }

  static Mono<Source> errors(NexlaClient client, long id) {
    // README:errors
    Mono<Source> source = client.sources().get(id)
        .onErrorResume(NotFoundException.class, e -> Mono.empty())
        .onErrorMap(RateLimitException.class,
            e -> new IllegalStateException("Nexla asked to wait " + e.retryAfter().orElse(Duration.ZERO), e));

    Mono<Source> created = client.sources().create(SourceCreate.builder("orders", SourceType.S3).build())
        .onErrorResume(ConflictException.class, e -> client.sources().list()
            .filter(s -> "orders".equals(s.name())).next())
        .doOnError(NexlaTransportException.class, e -> {
          if (e.requestMayHaveBeenProcessed()) {
            log.warn("the create may have been stored: look it up before trying again");
          }
        });
    // README:end
    return source.then(created);
  }

  static Mono<JsonNode> rawRequest(NexlaClient client, long id) {
    // README:raw-request
    Mono<JsonNode> source = client.transport()
        .exchange(NexlaRequest.get("/data_sources/{id}")
            .pathVariable("id", id)
            .query("expand", 1)
            .header("X-Team", "ingest")
            .operation("sources.get.raw")
            .build())
        .mapNotNull(NexlaResponse::json)
        .doOnError(NexlaServiceException.class, e -> log.warn("HTTP {}; Retry-After {}; X-RateLimit-Remaining {}",
            e.status(), e.headers().getFirst("Retry-After"), e.headers().getFirst("X-RateLimit-Remaining")));
    // README:end
    return source;
  }

  static void responses(NexlaClient client, long id) {
    // README:responses
    Mono<Response<Source>> one = client.sources().withResponse(c -> c.get(id));
    Flux<Response<Page<Source>>> pages = client.sources()
        .withPageResponses(c -> c.list())                 // each page with the response of its own request
        .doOnNext(page -> log.info("page {}: request id {}, X-RateLimit-Remaining {}", page.value().page(),
            page.requestId(), page.headers().getFirst("X-RateLimit-Remaining")));
    Flux<Response<Source>> items = client.sources().withResponses(c -> c.list()); // each with its page's response
    // README:end
  }

  static Mono<Source> perCall(NexlaClient client, long id) {
    // README:per-call
    Mono<Source> source = client.sources()
        .withOptions(o -> o.timeout(Duration.ofSeconds(5))
            .header("X-Team", "ingest")
            .retry(RetryOptions.none()))
        .get(id);
    // README:end
    return source;
  }

  static void webhooks(NexlaClient client, String webhookApiKey, String webhookUrl, Flux<Map<String, Object>> events) {
    // README:webhooks
    WebhooksClient webhooks = client.webhooks(webhookApiKey);   // shares the connections, never the bearer token

    webhooks.sendRecord(webhookUrl, Map.of("order_id", 42, "status", "shipped"))
        .subscribe(answer -> log.info("nexset {} accepted {}", answer.datasetId(), answer.processed()));

    webhooks.push(webhookUrl, events, WebhookBatching.of(500, Duration.ofSeconds(1), 2))
        .filter(batch -> !batch.succeeded())                  // failed batches are reported, never re-sent
        .subscribe(batch -> log.warn("batch {} of {} records failed", batch.index(), batch.records().size(),
            batch.error()));
    // README:end
  }

  static NexlaClient observed(ObservationRegistry observationRegistry, MeterRegistry meterRegistry,
      NexlaOperationObservationConvention myConvention, CircuitBreaker circuitBreaker) {
    // README:observability
    NexlaClient client = NexlaClient.builder()
        .serviceKey(System.getenv("NEXLA_SERVICE_KEY"))
        .observationRegistry(observationRegistry)   // spans and timers: nexla.client.operation, http.client.requests
        .meterRegistry(meterRegistry)               // the client's own counters and timers below
        .observationConvention(myConvention)        // optional: replaces DefaultNexlaOperationObservationConvention
        .circuitBreaker(circuitBreaker)             // optional Resilience4j breaker around each call
        .build();
    // README:end
    return client;
  }

  static RateLimiter limiter() {
    // README:rate-limit
    RateLimiter limiter = RateLimiter.of("nexla", RateLimiterConfig.custom()
        .limitForPeriod(20)                                // at most 20 requests ...
        .limitRefreshPeriod(Duration.ofSeconds(1))         // ... per second
        .timeoutDuration(Duration.ofSeconds(5))            // longest wait for a permit
        .build());
    // README:end
    return limiter;
  }
}
