package cn.yunxi.sdk.index;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable copy of a map, in its order, held in two arrays. An event view has a handful of
 * parameters and a timeline hundreds of views: a hash table with a node per entry, as {@code
 * LinkedHashMap} keeps, was the largest allocation of a timeline answer on both the server and the
 * client. Lookups scan the keys, which for a dozen names is as fast as hashing. Null values are
 * kept, as in the map copied.
 */
final class FieldMap extends AbstractMap<String, Object> {
  private final String[] keys;
  private final Object[] values;

  FieldMap(Map<String, ?> source) {
    int n = source.size();
    keys = new String[n];
    values = new Object[n];
    int i = 0;
    for (Map.Entry<String, ?> e : source.entrySet()) {
      keys[i] = Objects.requireNonNull(e.getKey(), "a parameter without a name");
      values[i++] = e.getValue();
    }
    if (i != n) {
      throw new IllegalStateException("the map changed while it was copied");
    }
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public Object get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  private int indexOf(Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<String, Object> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }
    };
  }
}
