package io.nexla.reactive.connectors;

import java.util.Map;

/** Connector settings as Nexla's config keys and values, in the order they were set. */
public interface ConnectorConfig {

  /** The settings as a map of Nexla config keys; unmodifiable. */
  Map<String, Object> toMap();
}
