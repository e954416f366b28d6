/**
 * Typed settings for the connectors of Nexla's connector documentation — S3 and Snowflake credentials, S3 source
 * and destination configs, Snowflake destination configs — written as the config keys Nexla expects. Each builder
 * has {@code field(name, value)} for keys it does not model. Pass them to {@code CredentialCreate.builder(name,
 * credentials)}, {@code SourceCreate.Builder.config(config)} and {@code DestinationCreate.Builder.config(config)}.
 */
@NullMarked
package io.nexla.reactive.connectors;

import org.jspecify.annotations.NullMarked;
