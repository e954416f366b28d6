package io.nexla.reactive.samples.gateway;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.paging.Page;
import io.nexla.reactive.nexsets.NexsetSample;
import io.nexla.reactive.nexsets.SampleOptions;
import io.nexla.reactive.sources.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Page-by-page listing for clients that page themselves, and a data preview of a nexset. One Nexla page is
 * fetched per request; navigation follows RFC 8288 {@code Link} headers ({@code first}, {@code prev},
 * {@code next}, and {@code last} when Nexla reports the page count).
 */
@RestController
@RequestMapping("/api")
class GatewayPagesController {

  static final int MAX_PAGE_SIZE = 500;

  private final NexlaClient nexla;

  GatewayPagesController(NexlaClient nexla) {
    this.nexla = nexla;
  }

  /** One page of sources as a JSON array ({@code ?page=1&per_page=20}), with {@code Link} headers. */
  @GetMapping(value = "/sources", params = "page", produces = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<List<Source>>> sourcesPage(
      @RequestParam int page, @RequestParam(name = "per_page", defaultValue = "20") int perPage,
      ServerHttpRequest request) {
    if (page < 1 || perPage < 1 || perPage > MAX_PAGE_SIZE) {
      return Mono.error(new ServerWebInputException(
          "page must be at least 1 and per_page between 1 and " + MAX_PAGE_SIZE));
    }
    return nexla.sources().list().byPage(page, perPage).next()
        .defaultIfEmpty(new Page<>(List.of(), page, perPage, null, null))
        .map(found -> ResponseEntity.ok()
            .header(HttpHeaders.LINK, links(request, found, perPage))
            .body(found.items()));
  }

  /** A preview of the nexset's data: {@code count} sample records (default 10, at most 100). */
  @GetMapping(value = "/nexsets/{id}/samples", produces = MediaType.APPLICATION_JSON_VALUE)
  Flux<Map<String, Object>> samples(@PathVariable long id, @RequestParam(defaultValue = "10") int count) {
    if (count < 1 || count > 100) {
      return Flux.error(new ServerWebInputException("count must be between 1 and 100"));
    }
    return nexla.nexsets().samples(id, new SampleOptions(count, false, false)).map(NexsetSample::rawMessage);
  }

  private static String links(ServerHttpRequest request, Page<?> page, int perPage) {
    List<String> links = new ArrayList<>();
    links.add(link(request, 1, perPage, "first"));
    if (page.page() > 1) {
      links.add(link(request, page.page() - 1, perPage, "prev"));
    }
    Integer pageCount = page.pageCount();
    boolean more = pageCount != null ? page.page() < pageCount : page.items().size() >= perPage;
    if (more) {
      links.add(link(request, page.page() + 1, perPage, "next"));
    }
    if (pageCount != null) {
      links.add(link(request, Math.max(1, pageCount), perPage, "last"));
    }
    return String.join(", ", links);
  }

  private static String link(ServerHttpRequest request, int page, int perPage, String rel) {
    String uri = UriComponentsBuilder.fromPath(request.getPath().value())
        .queryParam("page", page).queryParam("per_page", perPage).build().toUriString();
    return "<" + uri + ">; rel=\"" + rel + "\"";
  }
}
