package dev.hireloop.domain.profile;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.Skills;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a recruiter knows about a candidate. Personal data: never logged, exported and erased on request. */
public record ProfileDetails(
    String fullName,
    Optional<Email> email,
    Optional<String> phone,
    Optional<String> location,
    Optional<String> headline,
    Optional<String> linkedinUrn,
    List<Skill> skills,
    Optional<Integer> yearsOfExperience,
    Optional<ZoneId> timeZone) {

  private static final Pattern URN = Pattern.compile("^urn:li:(person|member):[A-Za-z0-9_-]{1,100}$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{5,30}$");

  public ProfileDetails {
    fullName = Check.text(fullName, "fullName", 200);
    Check.notNull(email, "email");
    phone = Check.optionalText(phone, "phone", 30);
    phone.ifPresent(value -> {
      if (!PHONE.matcher(value).matches()) {
        throw new InvalidValueException("phone.invalid", "phone is not a valid phone number");
      }
    });
    location = Check.optionalText(location, "location", 200);
    headline = Check.optionalText(headline, "headline", 300);
    linkedinUrn = Check.optionalText(linkedinUrn, "linkedinUrn", 120);
    linkedinUrn.ifPresent(value -> {
      if (!URN.matcher(value).matches()) {
        throw new InvalidValueException("linkedin-urn.invalid", "linkedinUrn must look like urn:li:person:{id}");
      }
    });
    skills = Skills.distinct(skills, "skills");
    Check.notNull(yearsOfExperience, "yearsOfExperience");
    yearsOfExperience.ifPresent(years -> Check.range(years, "yearsOfExperience", 0, 70));
    Check.notNull(timeZone, "timeZone");
  }

  public static ProfileDetails named(String fullName) {
    return new ProfileDetails(fullName, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), Optional.empty(), Optional.empty());
  }
}
