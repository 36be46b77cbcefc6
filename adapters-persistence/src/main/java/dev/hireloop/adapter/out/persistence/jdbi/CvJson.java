package dev.hireloop.adapter.out.persistence.jdbi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireloop.domain.cv.CvLink;
import dev.hireloop.domain.cv.Education;
import dev.hireloop.domain.cv.LinkKind;
import dev.hireloop.domain.cv.Parsed;
import dev.hireloop.domain.cv.ParsedCv;
import dev.hireloop.domain.cv.WorkExperience;
import dev.hireloop.domain.matching.MatchComponent;
import dev.hireloop.domain.matching.MatchFactor;
import dev.hireloop.domain.matching.MatchResult;
import dev.hireloop.domain.matching.SkillMatch;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillEvidence;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The stored JSON of a parsed CV and of a match result, through adapter-internal records so that the domain types
 * carry no Jackson annotations and the stored shape is fixed here: absent values are {@code null}, months are
 * {@code "2019-03"}, enumerations by name. A stored value reads back equal to the one written. Thread-safe.
 */
final class CvJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private CvJson() {}

  record Field<T>(T value, double confidence) {
    static <S, T> Field<T> of(Optional<Parsed<S>> parsed, Function<S, T> write) {
      return parsed.map(p -> new Field<>(write.apply(p.value()), p.confidence())).orElse(null);
    }

    static <S, T> Optional<Parsed<T>> read(Field<S> field, Function<S, T> read) {
      return field == null ? Optional.empty() : Optional.of(new Parsed<>(read.apply(field.value()), field.confidence()));
    }
  }

  record LinkJson(String kind, String url) {}

  record SkillJson(String skill, String evidence) {}

  record JobJson(String title, String employer, String start, String end, String evidence) {}

  record EducationJson(String degree, String institution, Integer endYear, String evidence) {}

  record CvDocument(Field<String> fullName, Field<String> email, Field<String> phone, Field<String> location,
      List<LinkJson> links, Field<List<SkillJson>> skills, Field<List<JobJson>> experience,
      Field<Integer> experienceMonths, Field<String> mostRecentTitle, Field<List<EducationJson>> education) {}

  record ComponentJson(String factor, double weight, double score, String explanation) {}

  record SkillMatchJson(String skill, String evidence) {}

  record ResultDocument(double score, List<ComponentJson> components, List<SkillMatchJson> requiredSkills,
      List<SkillMatchJson> preferredSkills) {}

  static String write(ParsedCv cv) {
    CvDocument document = new CvDocument(
        Field.of(cv.fullName(), name -> name),
        Field.of(cv.email(), Email::value),
        Field.of(cv.phone(), phone -> phone),
        Field.of(cv.location(), location -> location),
        cv.links().stream().map(link -> new LinkJson(link.kind().name(), link.url().toString())).toList(),
        new Field<>(cv.skills().value().stream()
            .map(skill -> new SkillJson(skill.skill().name(), skill.evidence())).toList(), cv.skills().confidence()),
        new Field<>(cv.experience().value().stream()
            .map(job -> new JobJson(job.title(), job.employer().orElse(null), job.start().toString(),
                job.end().map(YearMonth::toString).orElse(null), job.evidence())).toList(),
            cv.experience().confidence()),
        Field.of(cv.experienceMonths(), months -> months),
        Field.of(cv.mostRecentTitle(), title -> title),
        new Field<>(cv.education().value().stream()
            .map(entry -> new EducationJson(entry.degree().orElse(null), entry.institution().orElse(null),
                entry.endYear().orElse(null), entry.evidence())).toList(), cv.education().confidence()));
    return serialise(document);
  }

  static ParsedCv readCv(String json) {
    CvDocument document = deserialise(json, CvDocument.class, "cv");
    try {
      return new ParsedCv(
          Field.read(document.fullName(), name -> name),
          Field.read(document.email(), Email::of),
          Field.read(document.phone(), phone -> phone),
          Field.read(document.location(), location -> location),
          document.links().stream().map(link -> new CvLink(LinkKind.valueOf(link.kind()), URI.create(link.url())))
              .toList(),
          new Parsed<>(document.skills().value().stream()
              .map(skill -> new SkillEvidence(Skill.of(skill.skill()), skill.evidence())).toList(),
              document.skills().confidence()),
          new Parsed<>(document.experience().value().stream()
              .map(job -> new WorkExperience(job.title(), Optional.ofNullable(job.employer()),
                  YearMonth.parse(job.start()), Optional.ofNullable(job.end()).map(YearMonth::parse),
                  job.evidence())).toList(),
              document.experience().confidence()),
          Field.read(document.experienceMonths(), months -> months),
          Field.read(document.mostRecentTitle(), title -> title),
          new Parsed<>(document.education().value().stream()
              .map(entry -> new Education(Optional.ofNullable(entry.degree()),
                  Optional.ofNullable(entry.institution()), Optional.ofNullable(entry.endYear()),
                  entry.evidence())).toList(),
              document.education().confidence()));
    } catch (RuntimeException e) {
      throw unreadable("cv", e);
    }
  }

  static String write(MatchResult result) {
    return serialise(new ResultDocument(result.score(),
        result.components().stream().map(component -> new ComponentJson(component.factor().name(),
            component.weight(), component.score(), component.explanation())).toList(),
        skills(result.requiredSkills()), skills(result.preferredSkills())));
  }

  static MatchResult readResult(String json) {
    ResultDocument document = deserialise(json, ResultDocument.class, "match");
    try {
      return new MatchResult(document.score(),
          document.components().stream().map(component -> new MatchComponent(
              MatchFactor.valueOf(component.factor()), component.weight(), component.score(),
              component.explanation())).toList(),
          skillMatches(document.requiredSkills()), skillMatches(document.preferredSkills()));
    } catch (RuntimeException e) {
      throw unreadable("match", e);
    }
  }

  private static List<SkillMatchJson> skills(List<SkillMatch> skills) {
    return skills.stream().map(skill -> new SkillMatchJson(skill.skill().name(), skill.evidence().orElse(null)))
        .toList();
  }

  private static List<SkillMatch> skillMatches(List<SkillMatchJson> skills) {
    return skills.stream().map(skill -> new SkillMatch(Skill.of(skill.skill()),
        Optional.ofNullable(skill.evidence()))).toList();
  }

  private static String serialise(Object document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JacksonException e) {
      throw new InvalidValueException("json.unserialisable", "the value cannot be stored as JSON", e);
    }
  }

  private static <T> T deserialise(String json, Class<T> type, String what) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JacksonException e) {
      throw unreadable(what, e);
    }
  }

  private static ExternalServiceException unreadable(String what, Exception cause) {
    return new ExternalServiceException(what + ".unreadable", "a stored " + what + " cannot be read", cause);
  }
}
