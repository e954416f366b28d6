package io.nexla.reactive.connectors;

import java.util.Map;

/** Settings held as the map of Nexla config keys their builder wrote; every typed connector class is one. */
abstract class MapSettings implements ConnectorConfig {

  private final Map<String, Object> values;

  MapSettings(Map<String, Object> values) {
    this.values = values;
  }

  @Override
  public final Map<String, Object> toMap() {
    return values;
  }

  /** The class name and the settings; credentials override this to show only their keys. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + values;
  }
}
