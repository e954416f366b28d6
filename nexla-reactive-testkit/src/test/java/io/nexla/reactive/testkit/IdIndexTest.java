package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IdIndexTest {

  @Test
  void slicesMatchASortedSetUnderRandomInsertsAndRemovals() {
    IdIndex index = new IdIndex();
    TreeSet<Long> expected = new TreeSet<>();
    Random random = new Random(7);
    for (int step = 0; step < 40_000; step++) {
      long id = random.nextInt(20_000);
      if (random.nextInt(4) == 0) {
        index.remove(id);
        expected.remove(id);
      } else {
        index.add(id);
        expected.add(id);
      }
    }
    assertThat(index.size()).isEqualTo(expected.size());
    List<Long> all = new ArrayList<>(expected);
    for (int from : new int[] {0, 1, 2047, 2048, 5000, all.size() - 3}) {
      long[] slice = index.slice(from, 100);
      List<Long> want = all.subList(from, Math.min(all.size(), from + 100));
      assertThat(LongStream.of(slice).boxed().toList()).isEqualTo(want);
    }
    assertThat(index.slice(all.size(), 10)).isEmpty();
    assertThat(index.slice(-1, 10)).isEmpty();
  }

  @Test
  void increasingIdsAppendAcrossBlocks() {
    IdIndex index = new IdIndex();
    for (long id = 1; id <= 10_000; id++) {
      index.add(id * 3);
    }
    assertThat(index.slice(9_999, 5)).containsExactly(30_000);
    assertThat(index.slice(4_095, 2)).containsExactly(12_288, 12_291);
  }
}
