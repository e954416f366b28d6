package io.nexla.reactive.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.internal.ResponseCapture;
import io.nexla.reactive.core.paging.FakeServer.Meta;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Responses are only known for what a transport sent: a list over a hand-made page source says so instead of
 * inventing one, and asking for responses sends nothing before subscription.
 */
class ResponsesWithoutTransportTest {

  @Test
  void aHandMadePageSourceHasNoResponseToPairPagesWith() {
    FakeServer server = new FakeServer(25, Meta.NONE);
    PagedFlux<Integer> list = PagedFlux.create(server, 10);

    Flux<?> pages = list.byPageWithResponse();
    Flux<?> items = list.itemsWithResponse();
    assertThat(server.requests()).isZero();

    StepVerifier.create(pages)
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("no response was recorded"))
        .verify();
    StepVerifier.create(items).expectError(IllegalStateException.class).verify();
    assertThat(server.requests()).isEqualTo(2);
  }

  @Test
  void aFluxThatSentNothingHasNoResponseEither() {
    StepVerifier.create(ResponseCapture.withResponses(Flux.just(1, 2)))
        .expectError(IllegalStateException.class)
        .verify();
    StepVerifier.create(ResponseCapture.withResponses(Flux.empty())).verifyComplete();
  }

  @Test
  void badPageArgumentsAreRefusedAsByByPage() {
    PagedFlux<Integer> list = PagedFlux.create(new FakeServer(5, Meta.NONE), 10);
    StepVerifier.create(list.byPageWithResponse(0, 10)).expectError(IllegalArgumentException.class).verify();
    StepVerifier.create(list.byPage(1, 0)).expectError(IllegalArgumentException.class).verify();
  }
}
