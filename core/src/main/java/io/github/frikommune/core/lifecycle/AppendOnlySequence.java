package io.github.frikommune.core.lifecycle;

import com.google.common.collect.ImmutableList;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable sequence that grows at its end in amortised constant time: the backing of a
 * {@link History}, whose appends would otherwise copy the whole list each time and make loading
 * a case file quadratic.
 *
 * <p>Versions share one array. A version holds the array and its own length, and never reads
 * past that length. Appending to the longest version writes the next free slot in place (the
 * slot is claimed with a compare-and-set, so of two versions of the same length only one can
 * take it); appending to any other version, or to a full array, copies into a new array of
 * twice the length. A slot, once written, is never written again, so every version stays
 * unchanged. The {@link ImmutableList} view is made on first request and kept. Immutable and
 * thread-safe.
 *
 * @param <T> the element type
 */
final class AppendOnlySequence<T> {
  private static final AppendOnlySequence<Object> EMPTY =
      new AppendOnlySequence<>(new Store(0, 0), 0);
  private static final int FIRST_CAPACITY = 8;

  private final Store store;
  private final int size;
  /**
   * The list view, made on first request. A benign race: a thread may make it twice, and an
   * {@link ImmutableList} is safe to publish without synchronisation.
   */
  private ImmutableList<T> list;

  private AppendOnlySequence(Store store, int size) {
    this.store = store;
    this.size = size;
  }

  /**
   * The empty sequence.
   *
   * @param <T> the element type
   * @return the empty sequence
   */
  @SuppressWarnings("unchecked") // holds no element, so it is a sequence of any type
  static <T> AppendOnlySequence<T> empty() {
    return (AppendOnlySequence<T>) EMPTY;
  }

  /**
   * A sequence of the elements of a list.
   *
   * @param <T> the element type
   * @param elements the elements, in order
   * @return the sequence
   */
  static <T> AppendOnlySequence<T> of(ImmutableList<T> elements) {
    Object[] items = elements.toArray();
    AppendOnlySequence<T> sequence = new AppendOnlySequence<>(new Store(items, items.length), items.length);
    sequence.list = elements;
    return sequence;
  }

  /**
   * This sequence with one more element at its end; this sequence is unchanged.
   *
   * @param element the element, not null
   * @return the longer sequence
   */
  AppendOnlySequence<T> append(T element) {
    Objects.requireNonNull(element, "element");
    Store s = store;
    if (size < s.items.length && s.claim(size, size + 1)) {
      s.items[size] = element;
      return new AppendOnlySequence<>(s, size + 1);
    }
    // Most case files hold a handful of events: room for eight spares the copies in between.
    Object[] items = Arrays.copyOf(s.items, Math.max(FIRST_CAPACITY, 2 * size));
    items[size] = element;
    return new AppendOnlySequence<>(new Store(items, size + 1), size + 1);
  }

  /**
   * This sequence with several more elements at its end, as one version: the versions in
   * between are never made. This sequence is unchanged.
   *
   * @param elements the elements, none null
   * @return the longer sequence, or this one if {@code elements} is empty
   */
  AppendOnlySequence<T> appendAll(List<? extends T> elements) {
    int n = elements.size();
    if (n == 0) {
      return this;
    }
    for (int i = 0; i < n; i++) {
      Objects.requireNonNull(elements.get(i), "element");
    }
    Store s = store;
    int longer = size + n;
    if (longer <= s.items.length && s.claim(size, longer)) {
      for (int i = 0; i < n; i++) {
        s.items[size + i] = elements.get(i);
      }
      return new AppendOnlySequence<>(s, longer);
    }
    Object[] items = Arrays.copyOf(s.items, Math.max(FIRST_CAPACITY, Math.max(longer, 2 * size)));
    for (int i = 0; i < n; i++) {
      items[size + i] = elements.get(i);
    }
    return new AppendOnlySequence<>(new Store(items, longer), longer);
  }

  /**
   * The number of elements.
   *
   * @return the size
   */
  int size() {
    return size;
  }

  /**
   * An element.
   *
   * @param index the index, from 0 to {@code size() - 1}
   * @return the element at {@code index}
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  @SuppressWarnings("unchecked") // every slot below size holds a T
  T get(int index) {
    Objects.checkIndex(index, size);
    return (T) store.items[index];
  }

  /**
   * The elements as a list, in order.
   *
   * @return the list
   */
  @SuppressWarnings("unchecked") // every slot below size holds a T
  ImmutableList<T> asList() {
    ImmutableList<T> l = list;
    if (l == null) {
      l = (ImmutableList<T>) ImmutableList.copyOf(Arrays.asList(store.items).subList(0, size));
      list = l;
    }
    return l;
  }

  /** The array the versions share, and how many of its slots are taken. */
  private static final class Store {
    private static final VarHandle USED;

    static {
      try {
        USED = MethodHandles.lookup().findVarHandle(Store.class, "used", int.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    final Object[] items;

    /** Read and written through {@link #USED}. */
    private volatile int used;

    Store(int capacity, int used) {
      this(new Object[capacity], used);
    }

    Store(Object[] items, int used) {
      this.items = items;
      this.used = used;
    }

    /** Takes the slots from {@code from} up to {@code to}, if {@code from} is the next free one. */
    boolean claim(int from, int to) {
      return USED.compareAndSet(this, from, to);
    }
  }
}
