package dev.hireloop.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a stably ordered listing, with the total number of matching items. */
public record Page<T>(List<T> items, int offset, int limit, long total) {
  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), offset, limit, total);
  }

  public boolean hasMore() {
    return offset + items.size() < total;
  }
}
