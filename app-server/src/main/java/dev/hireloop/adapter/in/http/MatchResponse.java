package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.matching.MatchResult;
import dev.hireloop.domain.matching.SkillMatch;
import dev.hireloop.port.in.matching.MatchView;
import java.time.Instant;
import java.util.List;

/**
 * A stored match with its explanation: the score, each component with its weight, score and one-sentence reason,
 * and every required and preferred skill of the job with the candidate's evidence, or {@code matched: false}.
 */
record MatchResponse(String id, double score, String profileId, String profileName, String jobId, String jobTitle,
    Instant matchedAt, List<Component> components, List<SkillBody> requiredSkills, List<SkillBody> preferredSkills) {

  record Component(String factor, double weight, double score, String explanation) {}

  record SkillBody(String skill, boolean matched, String evidence) {
    static SkillBody from(SkillMatch match) {
      return new SkillBody(match.skill().name(), match.matched(), match.evidence().orElse(null));
    }
  }

  static MatchResponse from(MatchView view) {
    MatchResult result = view.result();
    return new MatchResponse(view.id().toString(), result.score(), view.profileId().toString(), view.profileName(),
        view.jobId().toString(), view.jobTitle(), view.matchedAt(),
        result.components().stream().map(component -> new Component(WireEnums.toWire(component.factor()),
            component.weight(), component.score(), component.explanation())).toList(),
        result.requiredSkills().stream().map(SkillBody::from).toList(),
        result.preferredSkills().stream().map(SkillBody::from).toList());
  }
}
