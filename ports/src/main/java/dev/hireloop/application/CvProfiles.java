package dev.hireloop.application;

import dev.hireloop.domain.cv.Parsed;
import dev.hireloop.domain.cv.ParsedCv;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillEvidence;
import dev.hireloop.domain.skill.Skills;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a parsed CV becomes profile details. The rule when a CV updates a profile: the CV fills what the profile
 * lacks and never overwrites what is there, because a recruiter may have corrected it by hand and we cannot tell a
 * typed value from one an older CV gave; skills are the union (the profile's first). What the CV would have
 * changed is reported as kept fields, and the whole reading stays in the CV history, so nothing it said is lost.
 */
final class CvProfiles {
  static final int MAX_YEARS = 70;

  /** The details and the fields where the profile's value was kept against the CV's. */
  record Merge(ProfileDetails details, List<String> keptFields) {}

  private CvProfiles() {}

  /** A new profile's details, or empty when the CV names nobody. */
  static Optional<ProfileDetails> create(ParsedCv cv) {
    Optional<String> name = cv.fullName().map(Parsed::value).filter(CvProfiles::validName);
    return name.map(fullName -> merge(ProfileDetails.named(fullName), cv).details());
  }

  static Merge merge(ProfileDetails current, ParsedCv cv) {
    List<String> kept = new ArrayList<>();
    Optional<String> phone = fill("phone", current.phone(), valid(cv.phone(), CvProfiles::validPhone), kept);
    Optional<String> location = fill("location", current.location(), valid(cv.location(), CvProfiles::validLocation),
        kept);
    Optional<String> headline = fill("headline", current.headline(),
        valid(cv.mostRecentTitle(), CvProfiles::validHeadline), kept);
    Optional<Integer> years = fill("years_of_experience", current.yearsOfExperience(),
        cv.experienceMonths().map(months -> Math.min(MAX_YEARS, months.value() / 12)), kept);
    cv.fullName().map(Parsed::value).filter(CvProfiles::validName)
        .filter(name -> !name.equalsIgnoreCase(current.fullName()))
        .ifPresent(name -> kept.add(0, "full_name"));
    Map<String, Skill> skills = new LinkedHashMap<>();
    current.skills().forEach(skill -> skills.putIfAbsent(skill.key(), skill));
    for (SkillEvidence evidence : cv.skills().value()) {
      if (skills.size() >= Skills.MAX_SKILLS) {
        break;
      }
      skills.putIfAbsent(evidence.skill().key(), evidence.skill());
    }
    ProfileDetails merged = new ProfileDetails(current.fullName(),
        current.email().or(() -> cv.email().map(Parsed::value)), phone, location, headline, current.linkedinUrn(),
        List.copyOf(skills.values()), years, current.timeZone());
    return new Merge(merged, kept);
  }

  private static <T> Optional<T> fill(String field, Optional<T> current, Optional<T> fromCv, List<String> kept) {
    if (current.isEmpty()) {
      return fromCv;
    }
    if (fromCv.isPresent() && !sameValue(current.get(), fromCv.get())) {
      kept.add(field);
    }
    return current;
  }

  private static boolean sameValue(Object current, Object fromCv) {
    return current instanceof String text ? text.equalsIgnoreCase((String) fromCv) : Objects.equals(current, fromCv);
  }

  private static Optional<String> valid(Optional<Parsed<String>> parsed, Function<String, Boolean> check) {
    return parsed.map(Parsed::value).map(String::strip).filter(check::apply);
  }

  // Each check builds the details the value would go into, so a value the profile would refuse is left out
  // (it stays in the parsed CV) instead of failing the whole intake.
  private static boolean validName(String name) {
    return accepts(() -> ProfileDetails.named(name));
  }

  private static boolean validPhone(String phone) {
    return accepts(() -> with(Optional.of(phone), Optional.empty(), Optional.empty()));
  }

  private static boolean validLocation(String location) {
    return accepts(() -> with(Optional.empty(), Optional.of(location), Optional.empty()));
  }

  private static boolean validHeadline(String headline) {
    return accepts(() -> with(Optional.empty(), Optional.empty(), Optional.of(headline)));
  }

  private static ProfileDetails with(Optional<String> phone, Optional<String> location, Optional<String> headline) {
    return new ProfileDetails("x", Optional.empty(), phone, location, headline, Optional.empty(), List.of(),
        Optional.empty(), Optional.empty());
  }

  private static boolean accepts(Runnable build) {
    try {
      build.run();
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }
}
