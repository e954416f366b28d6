package io.nexla.reactive.core.observation;

import io.micrometer.common.KeyValue;
import io.nexla.reactive.core.internal.KnownSecrets;
import io.nexla.reactive.core.internal.Redaction;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientRequestObservationContext;
import org.springframework.web.reactive.function.client.DefaultClientRequestObservationConvention;

/**
 * WebClient's {@code http.client.requests} convention as installed by the Nexla client: Spring's default, except
 * that the {@code uri} tag is the path template without its query part, and the high-cardinality
 * {@code http.url} has secret query values (a webhook's {@code api_key}) and user info masked.
 */
public class NexlaClientRequestObservationConvention extends DefaultClientRequestObservationConvention {

  @Override
  protected KeyValue uri(ClientRequestObservationContext context) {
    KeyValue uri = super.uri(context);
    int query = uri.getValue().indexOf('?');
    return query < 0 ? uri : KeyValue.of(uri.getKey(), uri.getValue().substring(0, query));
  }

  @Override
  protected KeyValue httpUrl(ClientRequestObservationContext context) {
    KeyValue url = super.httpUrl(context);
    ClientRequest request = context.getRequest();
    return request == null ? url : KeyValue.of(url.getKey(), String.valueOf(
        KnownSecrets.maskEverywhere(Redaction.redactUri(url.getValue()))));
  }
}
