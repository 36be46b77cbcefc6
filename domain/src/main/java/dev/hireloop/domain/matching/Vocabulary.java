package dev.hireloop.domain.matching;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dense int ids for words (skill keys, title words, place names), so prepared jobs and candidates compare ints
 * instead of strings. One per scorer and kind; it grows with the distinct words seen (the taxonomy's skills plus
 * the title and place words of real data: tens of thousands at most). Thread-safe.
 */
final class Vocabulary {
  private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  int id(String word) {
    Integer id = ids.get(word);
    return id != null ? id : ids.computeIfAbsent(word, w -> next.getAndIncrement());
  }
}
