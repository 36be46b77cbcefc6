package dev.hireloop.domain.matching;

import dev.hireloop.domain.shared.Check;

/** One of the top N of a ranking ({@link MatchScorer#top}): the item, the id that breaks ties, and its score. */
public record Ranked<T>(T item, String id, double score) {
  public Ranked {
    Check.notNull(item, "item");
    Check.notNull(id, "id");
    MatchComponent.unit(score, "score");
  }
}
