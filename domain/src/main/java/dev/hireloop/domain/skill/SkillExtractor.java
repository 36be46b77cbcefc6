package dev.hireloop.domain.skill;

import java.util.List;

/**
 * Finds the skills a text names. Implementations are deterministic, need no network and are thread-safe. Mentions
 * come back in text order; the same skill may be mentioned several times. The standard implementation is the
 * skills taxonomy ({@code SkillTaxonomy.standard()}); the same extractor serves job postings, CVs and matching.
 */
public interface SkillExtractor {
  List<SkillMention> extract(String text);
}
