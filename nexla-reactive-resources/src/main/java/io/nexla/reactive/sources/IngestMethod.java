package io.nexla.reactive.sources;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** How a source ingests ({@code ingest_method}). Unknown values decode to a new instance and are sent back as received. */
public final class IngestMethod extends ExpandableValue {

  public static final IngestMethod BATCH = of("BATCH");
  public static final IngestMethod STREAMING = of("STREAMING");
  public static final IngestMethod REAL_TIME = of("REAL_TIME");
  public static final IngestMethod SCHEDULED = of("SCHEDULED");
  public static final IngestMethod POLL = of("POLL");
  public static final IngestMethod API = of("API");

  private IngestMethod(String value) {
    super(value);
  }

  /** The value for this wire string (known or not). */
  @JsonCreator
  public static IngestMethod of(String value) {
    return new IngestMethod(value);
  }
}
