package dev.hireloop.adapter.out.persistence.memory;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;

/** A map whose changes are reverted when the surrounding {@link MemoryStore} transaction fails. */
final class TxMap<K, V> {
  private final MemoryStore store;
  private final ConcurrentMap<K, V> map;

  TxMap(MemoryStore store, ConcurrentMap<K, V> map) {
    this.store = store;
    this.map = map;
  }

  Optional<V> get(K key) {
    return Optional.ofNullable(map.get(key));
  }

  boolean containsKey(K key) {
    return map.containsKey(key);
  }

  void put(K key, V value) {
    V previous = map.put(key, value);
    store.onRollback(() -> restore(key, previous));
  }

  void remove(K key) {
    V previous = map.remove(key);
    if (previous != null) {
      store.onRollback(() -> map.put(key, previous));
    }
  }

  /** A live view, in key order for a sorted map; read it inside a transaction only. */
  Collection<V> values() {
    return map.values();
  }

  private void restore(K key, V previous) {
    if (previous == null) {
      map.remove(key);
    } else {
      map.put(key, previous);
    }
  }
}
