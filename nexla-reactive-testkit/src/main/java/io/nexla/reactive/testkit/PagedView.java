package io.nexla.reactive.testkit;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * A collection seen as a list in id order without copying it: {@link #subList} reads only the requested range from
 * the id index, which is what paging uses.
 */
final class PagedView extends AbstractList<ObjectNode> {
  private final Records records;

  PagedView(Records records) {
    this.records = records;
  }

  @Override
  public int size() {
    return records.size();
  }

  @Override
  public ObjectNode get(int index) {
    List<ObjectNode> one = records.page(index, 1);
    if (one.isEmpty()) {
      throw new IndexOutOfBoundsException(index);
    }
    return one.get(0);
  }

  @Override
  public List<ObjectNode> subList(int fromIndex, int toIndex) {
    if (fromIndex < 0 || toIndex < fromIndex) {
      throw new IndexOutOfBoundsException(fromIndex);
    }
    return records.page(fromIndex, toIndex - fromIndex);
  }

  @Override
  public Iterator<ObjectNode> iterator() {
    return records.values().iterator();
  }
}
