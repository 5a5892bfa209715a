package dev.govreply.legacy;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The values of one CSV row with as many values as the header has columns, by column in header
 * order: an immutable map over the header, which every row of a file shares, and the row's
 * values. It equals, hashes and prints as a {@link LinkedHashMap} of the same entries would;
 * every change throws {@link UnsupportedOperationException}, as an unmodifiable map does. A
 * {@link RecordSource.Record} keeps it without copying (see {@link #values(Map)}).
 */
final class CsvRow extends AbstractMap<String, Object> {

  /** The column names of a CSV file, unique, with the index of each. Immutable. */
  static final class Header {
    private final String[] names;
    private final Map<String, Integer> index;

    /**
     * A header of unique names.
     *
     * @throws IllegalArgumentException when a name is repeated
     */
    Header(String[] names) {
      this.names = names.clone();
      Map<String, Integer> m = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        if (m.putIfAbsent(names[i], i) != null) {
          throw new IllegalArgumentException("repeated column " + names[i]);
        }
      }
      this.index = m;
    }

    /** The number of columns. */
    int size() {
      return names.length;
    }

    /** The name of column {@code i}. */
    String name(int i) {
      return names[i];
    }

    /** The index of the column named {@code name}, or -1. */
    int index(String name) {
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }

    /**
     * The names, in order, as an immutable list whose {@code contains} and {@code indexOf} look
     * the name up in the index: a caller checking many names against a wide header takes linear
     * time.
     */
    List<String> names() {
      return new AbstractList<>() {
        @Override
        public String get(int i) {
          return names[i];
        }

        @Override
        public int size() {
          return names.length;
        }

        @Override
        public int indexOf(Object o) {
          Integer i = index.get(o);
          return i == null ? -1 : i;
        }

        @Override
        public int lastIndexOf(Object o) {
          return indexOf(o); // the names are unique
        }

        @Override
        public boolean contains(Object o) {
          return index.containsKey(o);
        }
      };
    }
  }

  private final Header header;
  private final Object[] values;

  /**
   * A row of {@code header}.
   *
   * @param values the values, as many as the header has columns; kept, not copied: the caller
   *     hands them over and never changes them
   * @throws IllegalArgumentException when the numbers differ
   */
  CsvRow(Header header, Object[] values) {
    if (values.length != header.size()) {
      throw new IllegalArgumentException("the row has " + values.length + " values, the header "
          + header.size());
    }
    this.header = header;
    this.values = values;
  }

  /**
   * The values a {@link RecordSource.Record} keeps: a {@code CsvRow} as it is (it is immutable),
   * any other map as an unmodifiable copy in its order.
   */
  static Map<String, Object> values(Map<String, Object> values) {
    return values instanceof CsvRow ? values
        : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return header.index.containsKey(key);
  }

  @Override
  public Object get(Object key) {
    Integer i = header.index.get(key);
    return i == null ? null : values[i];
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return values.length;
      }

      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Map.Entry<String, Object> next() {
            if (next >= values.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(header.name(i), values[i]);
          }
        };
      }
    };
  }

  /** Gives each column name and value to {@code action}, in header order. */
  @Override
  public void forEach(BiConsumer<? super String, ? super Object> action) {
    for (int i = 0; i < values.length; i++) {
      action.accept(header.name(i), values[i]);
    }
  }

  @Override
  public Object put(String key, Object value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Object remove(Object key) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void putAll(Map<? extends String, ? extends Object> m) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void replaceAll(BiFunction<? super String, ? super Object, ? extends Object> f) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Object putIfAbsent(String key, Object value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean remove(Object key, Object value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean replace(String key, Object oldValue, Object newValue) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Object replace(String key, Object value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Object computeIfAbsent(String key, Function<? super String, ? extends Object> f) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Object computeIfPresent(String key,
      BiFunction<? super String, ? super Object, ? extends Object> f) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Object compute(String key,
      BiFunction<? super String, ? super Object, ? extends Object> f) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Object merge(String key, Object value,
      BiFunction<? super Object, ? super Object, ? extends Object> f) {
    throw new UnsupportedOperationException();
  }
}
