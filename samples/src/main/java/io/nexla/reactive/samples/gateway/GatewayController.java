package io.nexla.reactive.samples.gateway;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.asynctasks.AsyncTask;
import io.nexla.reactive.asynctasks.AsyncTaskCreate;
import io.nexla.reactive.asynctasks.AsyncTaskType;
import io.nexla.reactive.flows.FlowNode;
import io.nexla.reactive.sources.Source;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The gateway's HTTP API. Lists are streamed as NDJSON or server-sent events, following the request's
 * {@code Accept} header; each item is written as soon as the Nexla page holding it arrives. Models are returned as
 * they are: Spring's own JSON mapper writes them in Nexla's wire form (snake_case, unknown fields as received).
 */
@RestController
@RequestMapping("/api")
class GatewayController {

  private final NexlaClient nexla;

  GatewayController(NexlaClient nexla) {
    this.nexla = nexla;
  }

  /** Liveness of the gateway itself; needs no API key. */
  @GetMapping("/health")
  Mono<Map<String, String>> health() {
    return Mono.just(Map.of("status", "UP"));
  }

  @GetMapping(value = "/sources", produces = {MediaType.APPLICATION_NDJSON_VALUE, MediaType.TEXT_EVENT_STREAM_VALUE})
  Flux<Source> sources() {
    return nexla.sources().list();
  }

  @GetMapping(value = "/flows", produces = {MediaType.APPLICATION_NDJSON_VALUE, MediaType.TEXT_EVENT_STREAM_VALUE})
  Flux<FlowNode> flows() {
    return nexla.flows().nodes();
  }

  /** Starts an export of a nexset; answers 202 with the task id as soon as Nexla accepted the task. */
  @PostMapping("/exports")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Mono<AsyncTask> startExport(@RequestBody ExportRequest request) {
    AsyncTaskCreate task = AsyncTaskCreate.builder(AsyncTaskType.EXPORT_DATA)
        .argument("data_set_id", request.nexsetId()).build();
    return nexla.asyncTasks().beginCreate(task).activation();
  }

  /** The export's status and progress as server-sent events, one per change, until it is done or failed. */
  @GetMapping(value = "/exports/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<AsyncTask>> exportEvents(@PathVariable long id) {
    return nexla.asyncTasks().beginPolling(id).updates()
        .map(task -> ServerSentEvent.builder(task).id(String.valueOf(task.id()))
            .event(task.isSucceeded() ? "done" : task.isFailed() ? "failed" : "progress").build());
  }

  /** The export's artifact, streamed through chunk by chunk as Nexla sends it. */
  @GetMapping("/exports/{id}/file")
  ResponseEntity<Flux<DataBuffer>> exportFile(@PathVariable long id) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"export-" + id + ".csv\"")
        .body(nexla.asyncTasks().download(id));
  }

  /** Body of {@code POST /api/exports}. */
  record ExportRequest(long nexsetId) {}
}
