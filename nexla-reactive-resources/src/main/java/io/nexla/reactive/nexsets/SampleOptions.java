package io.nexla.reactive.nexsets;

/**
 * What {@code /data_sets/{id}/samples} returns: how many records, with Nexla metadata or not, read live from the
 * topic or from the stored sample. All three are always sent.
 *
 * @param count number of records (at least 1)
 * @param includeMetadata whether each record comes with its Nexla metadata
 * @param live whether to read live from the nexset's topic
 */
public record SampleOptions(int count, boolean includeMetadata, boolean live) {

  /** Ten stored records without metadata. */
  public static final SampleOptions DEFAULTS = new SampleOptions(10, false, false);

  public SampleOptions {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
  }
}
