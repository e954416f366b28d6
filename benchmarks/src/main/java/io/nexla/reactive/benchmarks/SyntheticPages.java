package io.nexla.reactive.benchmarks;

/** Pages of synthetic sources, as served by {@link SyntheticSourceServer} (shared with the JMH benchmarks). */
public final class SyntheticPages {

  private SyntheticPages() {}

  /** Page {@code page} of {@code perPage} sources out of {@code total}, as a bare array or a {@code {meta, data}} envelope. */
  public static byte[] page(long total, int page, int perPage, boolean envelope) {
    return SyntheticSourceServer.page(total, page, perPage, envelope);
  }
}
