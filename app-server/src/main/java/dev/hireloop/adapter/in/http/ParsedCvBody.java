package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.cv.Parsed;
import dev.hireloop.domain.cv.ParsedCv;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every field the CV parser read, each with its confidence (0 to 1): single values as {@code {value, confidence}}
 * ({@code null} when not found), lists as {@code {confidence, items}}. Months are {@code "2019-03"}; a current
 * job has {@code end: null} and {@code current: true}.
 */
record ParsedCvBody(Field<String> fullName, Field<String> email, Field<String> phone, Field<String> location,
    List<Link> links, Items<Skill> skills, Items<Job> experience, Field<Integer> experienceMonths,
    Field<String> mostRecentTitle, Items<Education> education) {

  record Field<T>(T value, double confidence) {
    static <S, T> Field<T> of(Optional<Parsed<S>> parsed, Function<S, T> wire) {
      return parsed.map(p -> new Field<>(wire.apply(p.value()), p.confidence())).orElse(null);
    }
  }

  record Items<T>(double confidence, List<T> items) {}

  record Link(String kind, String url) {}

  record Skill(String skill, String evidence) {}

  record Job(String title, String employer, String start, String end, boolean current, String evidence) {}

  record Education(String degree, String institution, Integer endYear) {}

  static ParsedCvBody from(ParsedCv cv) {
    return new ParsedCvBody(
        Field.of(cv.fullName(), name -> name),
        Field.of(cv.email(), email -> email.value()),
        Field.of(cv.phone(), phone -> phone),
        Field.of(cv.location(), location -> location),
        cv.links().stream().map(link -> new Link(WireEnums.toWire(link.kind()), link.url().toString())).toList(),
        new Items<>(cv.skills().confidence(), cv.skills().value().stream()
            .map(skill -> new Skill(skill.skill().name(), skill.evidence())).toList()),
        new Items<>(cv.experience().confidence(), cv.experience().value().stream()
            .map(job -> new Job(job.title(), job.employer().orElse(null), job.start().toString(),
                job.end().map(Object::toString).orElse(null), job.isCurrent(), job.evidence())).toList()),
        Field.of(cv.experienceMonths(), months -> months),
        Field.of(cv.mostRecentTitle(), title -> title),
        new Items<>(cv.education().confidence(), cv.education().value().stream()
            .map(entry -> new Education(entry.degree().orElse(null), entry.institution().orElse(null),
                entry.endYear().orElse(null))).toList()));
  }
}
