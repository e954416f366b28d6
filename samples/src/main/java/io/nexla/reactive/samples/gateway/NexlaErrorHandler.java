package io.nexla.reactive.samples.gateway;

import io.nexla.reactive.core.error.NexlaServiceException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Passes Nexla's 4xx answers (an unknown id, a task not finished yet) through with their status; anything else
 * is a bad gateway. The server's message is passed on, never the request or its credentials.
 */
@RestControllerAdvice
class NexlaErrorHandler {

  @ExceptionHandler(NexlaServiceException.class)
  ResponseEntity<Map<String, Object>> nexlaError(NexlaServiceException e) {
    HttpStatus status = e.status() >= 400 && e.status() < 500 ? HttpStatus.valueOf(e.status()) : HttpStatus.BAD_GATEWAY;
    return ResponseEntity.status(status)
        .body(Map.of("error", status.getReasonPhrase(), "nexla_status", e.status(),
            "message", e.serverMessage().orElse("")));
  }
}
