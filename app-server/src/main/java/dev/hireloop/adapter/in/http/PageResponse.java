package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.shared.Page;
import java.util.List;
import java.util.function.Function;

/** Every list answer: one page of items, where it starts, its size limit and the total number of matches. */
record PageResponse<T>(List<T> items, int offset, int limit, long total) {
  static <V, T> PageResponse<T> from(Page<V> page, Function<? super V, ? extends T> mapper) {
    return new PageResponse<>(page.items().stream().<T>map(mapper).toList(), page.offset(), page.limit(),
        page.total());
  }
}
