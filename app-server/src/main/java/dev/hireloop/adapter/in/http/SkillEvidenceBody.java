package dev.hireloop.adapter.in.http;

import dev.hireloop.port.in.jobimport.JobDraftView;
import dev.hireloop.port.in.jobimport.SkillEvidence;
import java.util.List;

/**
 * Why each skill was extracted: per skill, the exact words that named it ({@code mentions}) and the lines of the
 * clean description they stand in ({@code quotes}). Every property name is one word, so the body reads the same in
 * seed 000's camelCase and in the resource API's snake_case.
 */
record SkillEvidenceBody(List<Item> required, List<Item> preferred) {
  record Item(String skill, String category, List<String> mentions, List<String> quotes) {
    static Item from(SkillEvidence evidence) {
      return new Item(evidence.skill().name(), WireEnums.toWire(evidence.category()), evidence.mentions(),
          evidence.quotes());
    }
  }

  static SkillEvidenceBody from(JobDraftView draft) {
    return new SkillEvidenceBody(draft.requiredSkills().stream().map(Item::from).toList(),
        draft.preferredSkills().stream().map(Item::from).toList());
  }
}
