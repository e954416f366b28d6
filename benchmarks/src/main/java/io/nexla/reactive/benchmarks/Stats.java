package io.nexla.reactive.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Medians and percentiles of measured values. */
public final class Stats {

  private Stats() {}

  public static double median(List<? extends Number> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** The nearest-rank percentile ({@code p} in 0..100) of {@code count} values of {@code values}. */
  public static long percentile(long[] values, int count, double p) {
    if (count == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * count);
    return sorted[Math.max(0, Math.min(count - 1, rank - 1))];
  }

  /** Rounds to {@code digits} decimals, for readable JSON. */
  public static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }
}
