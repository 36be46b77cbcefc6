package dev.hireloop.adapter.in.http;

import dev.hireloop.port.in.matching.MatchView;
import java.util.List;

/** Matches best first, with the filter that chose them. */
record MatchesResponse(List<MatchResponse> items, double minScore, int limit) {
  static MatchesResponse from(List<MatchView> views, double minScore, int limit) {
    return new MatchesResponse(views.stream().map(MatchResponse::from).toList(), minScore, limit);
  }
}
