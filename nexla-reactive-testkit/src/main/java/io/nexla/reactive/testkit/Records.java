package io.nexla.reactive.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One collection of the store: records by id, kept compact as JSON bytes (a million sources fit a 2 GB heap), plus
 * an id-ordered index so that a page costs time proportional to the page, not to the collection.
 *
 * <p>Reads by id are lock-free; writes and page reads of the index take this object's monitor (short, never
 * blocking on I/O). Every read returns a freshly decoded record, so callers may change what they get.
 */
final class Records {
  private final ConcurrentHashMap<Long, byte[]> byId = new ConcurrentHashMap<>();
  private final IdIndex index = new IdIndex();

  @Nullable ObjectNode get(long id) {
    byte[] bytes = byId.get(id);
    return bytes == null ? null : decode(bytes);
  }

  int size() {
    return byId.size();
  }

  synchronized @Nullable ObjectNode put(long id, ObjectNode node) {
    byte[] old = byId.put(id, encode(node));
    if (old == null) {
      index.add(id);
      return null;
    }
    return decode(old);
  }

  synchronized @Nullable ObjectNode remove(long id) {
    byte[] old = byId.remove(id);
    if (old == null) {
      return null;
    }
    index.remove(id);
    return decode(old);
  }

  /** As {@link java.util.Map#computeIfPresent}: replaces the record with what {@code change} returns. */
  synchronized @Nullable ObjectNode computeIfPresent(long id, BiFunction<Long, ObjectNode, ObjectNode> change) {
    byte[] old = byId.get(id);
    if (old == null) {
      return null;
    }
    ObjectNode updated = change.apply(id, decode(old));
    byId.put(id, encode(updated));
    return updated;
  }

  synchronized void clear() {
    byId.clear();
    index.clear();
  }

  synchronized void removeIf(LongPredicate condition) {
    for (long id : index.slice(0, index.size())) {
      if (condition.test(id)) {
        remove(id);
      }
    }
  }

  /** Up to {@code count} records from position {@code from} (0-based) in id order. */
  List<ObjectNode> page(long from, int count) {
    long[] ids;
    List<byte[]> encoded = new ArrayList<>();
    synchronized (this) {
      ids = index.slice(from, count);
      for (long id : ids) {
        encoded.add(byId.get(id));
      }
    }
    List<ObjectNode> out = new ArrayList<>(encoded.size());
    encoded.forEach(bytes -> out.add(decode(bytes)));
    return out;
  }

  /** Every record in id order, decoded a chunk at a time while iterating. */
  Iterable<ObjectNode> values() {
    return () -> new Iterator<>() {
      private static final int CHUNK = 512;
      private long position;
      private List<ObjectNode> chunk = List.of();
      private int next;

      @Override
      public boolean hasNext() {
        if (next < chunk.size()) {
          return true;
        }
        chunk = page(position, CHUNK);
        position += chunk.size();
        next = 0;
        return !chunk.isEmpty();
      }

      @Override
      public ObjectNode next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return chunk.get(next++);
      }
    };
  }

  private static byte[] encode(ObjectNode node) {
    return EmulatorStore.JSON.writeValueAsBytes(node);
  }

  private static ObjectNode decode(byte[] bytes) {
    return (ObjectNode) EmulatorStore.JSON.readTree(bytes);
  }
}
