package io.nexla.reactive.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ids in ascending order with access by position: sorted blocks of at most {@value #MAX} ids. Finding a position
 * walks the block sizes (a million ids are about a thousand blocks), so a page never touches the records before it.
 * Written by hand because the JDK's sorted maps have no positional access. Not thread-safe: {@link Records} guards it.
 */
final class IdIndex {
  private static final int MAX = 2048;
  private final List<long[]> blocks = new ArrayList<>();
  private final List<int[]> sizes = new ArrayList<>();
  private int size;

  int size() {
    return size;
  }

  void clear() {
    blocks.clear();
    sizes.clear();
    size = 0;
  }

  void add(long id) {
    int b = blockFor(id);
    if (b < 0) {
      blocks.add(new long[MAX]);
      sizes.add(new int[1]);
      b = blocks.size() - 1;
    }
    long[] ids = blocks.get(b);
    int[] n = sizes.get(b);
    int at = Arrays.binarySearch(ids, 0, n[0], id);
    if (at >= 0) {
      return;
    }
    at = -at - 1;
    System.arraycopy(ids, at, ids, at + 1, n[0] - at);
    ids[at] = id;
    n[0]++;
    size++;
    if (n[0] == MAX) {
      long[] upper = new long[MAX];
      int half = MAX / 2;
      System.arraycopy(ids, half, upper, 0, MAX - half);
      n[0] = half;
      blocks.add(b + 1, upper);
      sizes.add(b + 1, new int[] {MAX - half});
    }
  }

  void remove(long id) {
    for (int b = 0; b < blocks.size(); b++) {
      long[] ids = blocks.get(b);
      int[] n = sizes.get(b);
      if (n[0] > 0 && ids[n[0] - 1] >= id) {
        int at = Arrays.binarySearch(ids, 0, n[0], id);
        if (at >= 0) {
          System.arraycopy(ids, at + 1, ids, at, n[0] - at - 1);
          n[0]--;
          size--;
          if (n[0] == 0) {
            blocks.remove(b);
            sizes.remove(b);
          }
        }
        return;
      }
    }
  }

  /** Up to {@code count} ids from position {@code from}. */
  long[] slice(long from, int count) {
    if (from < 0 || from >= size || count <= 0) {
      return new long[0];
    }
    long[] out = new long[(int) Math.min(count, size - from)];
    long skip = from;
    int b = 0;
    while (skip >= sizes.get(b)[0]) {
      skip -= sizes.get(b)[0];
      b++;
    }
    int filled = 0;
    int at = (int) skip;
    while (filled < out.length) {
      int n = sizes.get(b)[0];
      int take = Math.min(n - at, out.length - filled);
      System.arraycopy(blocks.get(b), at, out, filled, take);
      filled += take;
      b++;
      at = 0;
    }
    return out;
  }

  /** The block an id belongs in (the last one for ids above all others), or -1 when there is none. */
  private int blockFor(long id) {
    int last = blocks.size() - 1;
    if (last < 0) {
      return -1;
    }
    // Ids are mostly assigned in increasing order: check the last block first.
    int[] lastSize = sizes.get(last);
    if (lastSize[0] == 0 || blocks.get(last)[lastSize[0] - 1] < id || (lastSize[0] > 0 && blocks.get(last)[0] <= id)) {
      return last;
    }
    int low = 0;
    int high = last;
    while (low < high) {
      int mid = (low + high) >>> 1;
      int n = sizes.get(mid)[0];
      if (blocks.get(mid)[n - 1] < id) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
