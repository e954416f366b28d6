/**
 * Code containers ({@code /code_containers}): client and models. Also holds what transforms and attribute
 * transforms share: the code vocabularies ({@link io.nexla.reactive.codecontainers.CodeType},
 * {@link io.nexla.reactive.codecontainers.OutputType}, {@link io.nexla.reactive.codecontainers.CodeEncoding}),
 * {@link io.nexla.reactive.codecontainers.CodeOperation} and the request base
 * {@link io.nexla.reactive.codecontainers.CodeRequest}.
 */
@NullMarked
package io.nexla.reactive.codecontainers;

import org.jspecify.annotations.NullMarked;
