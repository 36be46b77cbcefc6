package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import java.util.List;
import java.util.Locale;

/** What the SQL adapters do in their WHERE and LIMIT clauses, for lists in memory. */
final class Queries {
  private Queries() {}

  /** The requested slice of an already filtered and ordered list, with its size as the total. */
  static <T> Page<T> page(List<T> ordered, PageRequest page) {
    int from = (int) Math.min(ordered.size(), (long) page.offset());
    int to = (int) Math.min(ordered.size(), (long) from + page.limit());
    return new Page<>(ordered.subList(from, to), page.offset(), page.limit(), ordered.size());
  }

  /** Case-insensitive substring match, lower-casing both sides with {@code Locale.ROOT} as the SQL adapters do. */
  static boolean containsIgnoringCase(String text, String wanted) {
    return text.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
  }
}
