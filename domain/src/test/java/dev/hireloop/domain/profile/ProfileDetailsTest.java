package dev.hireloop.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.testing.Expect;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ProfileDetailsTest {

  private static ProfileDetails details(Optional<String> phone, Optional<String> urn, List<Skill> skills,
      Optional<Integer> years) {
    return new ProfileDetails("Sam Lee", Optional.empty(), phone, Optional.empty(), Optional.empty(), urn, skills,
        years, Optional.empty());
  }

  private static ProfileDetails withPhone(String phone) {
    return details(Optional.of(phone), Optional.empty(), List.of(), Optional.empty());
  }

  private static ProfileDetails withUrn(String urn) {
    return details(Optional.empty(), Optional.of(urn), List.of(), Optional.empty());
  }

  @Test
  void named_knows_only_the_name() {
    ProfileDetails details = ProfileDetails.named("  Sam Lee ");

    assertThat(details.fullName()).isEqualTo("Sam Lee");
    assertThat(details.email()).isEmpty();
    assertThat(details.phone()).isEmpty();
    assertThat(details.location()).isEmpty();
    assertThat(details.headline()).isEmpty();
    assertThat(details.linkedinUrn()).isEmpty();
    assertThat(details.skills()).isEmpty();
    assertThat(details.yearsOfExperience()).isEmpty();
    assertThat(details.timeZone()).isEmpty();
  }

  @Test
  void keeps_every_field_trimmed() {
    ProfileDetails details = new ProfileDetails("Sam Lee", Optional.of(Email.of("Sam@Example.com")),
        Optional.of(" +44 20 7946 0958 "), Optional.of(" Leeds "), Optional.of(" Staff engineer "),
        Optional.of(" urn:li:person:AbC123 "), List.of(Skill.of("Java")), Optional.of(12),
        Optional.of(ZoneId.of("Europe/London")));

    assertThat(details.email()).contains(Email.of("sam@example.com"));
    assertThat(details.phone()).contains("+44 20 7946 0958");
    assertThat(details.location()).contains("Leeds");
    assertThat(details.headline()).contains("Staff engineer");
    assertThat(details.linkedinUrn()).contains("urn:li:person:AbC123");
    assertThat(details.skills()).containsExactly(Skill.of("Java"));
    assertThat(details.yearsOfExperience()).contains(12);
    assertThat(details.timeZone()).contains(ZoneId.of("Europe/London"));
  }

  @Test
  void rejects_a_blank_or_over_long_name() {
    Expect.invalid("value.blank", () -> ProfileDetails.named(" "));
    Expect.invalid("value.too-long", () -> ProfileDetails.named("n".repeat(201)));
    assertThat(ProfileDetails.named("n".repeat(200)).fullName()).hasSize(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+44 20 7946 0958", "(555) 123-4567", "555.123.4567", "12345", "+1-202-555-0143",
      "+12345678901234567890123456789"})
  void accepts_phone_numbers_in_common_notations(String phone) {
    assertThat(withPhone(phone).phone()).contains(phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234", "+44 abc 7946", "++44 20 7946 0958", "44+20 7946", "phone: 12345",
      "+44/20/7946/0958", "12345 ext. 6", "+44_20_7946_0958"})
  void rejects_text_that_is_not_a_phone_number(String phone) {
    Expect.invalid("phone.invalid", () -> withPhone(phone));
  }

  @Test
  void rejects_a_phone_number_over_30_characters_and_ignores_a_blank_one() {
    Expect.invalid("value.too-long", () -> withPhone("+1234567890123456789012345678901"));
    assertThat(withPhone("   ").phone()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"urn:li:person:AbC_12-3", "urn:li:member:123456789", "urn:li:person:x",
      "urn:li:person:" + "a123456789" + "a123456789" + "a123456789" + "a123456789" + "a123456789"
          + "a123456789" + "a123456789" + "a123456789" + "a123456789" + "a123456789"})
  void accepts_linkedin_person_and_member_urns(String urn) {
    assertThat(withUrn(urn).linkedinUrn()).contains(urn);
  }

  @ParameterizedTest
  @ValueSource(strings = {"urn:li:company:1234", "urn:li:person:", "urn:li:person:a b",
      "URN:LI:PERSON:abc", "urn:li:person:abc/def", "https://www.linkedin.com/in/sam-lee", "sam-lee",
      "urn:li:person:abc:def", "urn:li:fsd_profile:ACoAAA"})
  void rejects_anything_but_a_linkedin_person_or_member_urn(String urn) {
    Expect.invalid("linkedin-urn.invalid", () -> withUrn(urn));
  }

  @Test
  void rejects_a_urn_whose_id_is_over_100_characters() {
    // 14 + 101 = 115 characters: within the field length, beyond the id length
    Expect.invalid("linkedin-urn.invalid", () -> withUrn("urn:li:person:" + "a".repeat(101)));
  }

  @Test
  void accepts_zero_to_seventy_years_of_experience() {
    assertThat(details(Optional.empty(), Optional.empty(), List.of(), Optional.of(0)).yearsOfExperience())
        .contains(0);
    assertThat(details(Optional.empty(), Optional.empty(), List.of(), Optional.of(70)).yearsOfExperience())
        .contains(70);
    Expect.invalid("value.out-of-range",
        () -> details(Optional.empty(), Optional.empty(), List.of(), Optional.of(-1)));
    Expect.invalid("value.out-of-range",
        () -> details(Optional.empty(), Optional.empty(), List.of(), Optional.of(71)));
  }

  @Test
  void drops_duplicate_skills_and_copies_the_list() {
    List<Skill> skills = new ArrayList<>(List.of(Skill.of("Java"), Skill.of("JAVA"), Skill.of("SQL")));

    ProfileDetails details = details(Optional.empty(), Optional.empty(), skills, Optional.empty());
    skills.add(Skill.of("Go"));

    assertThat(details.skills()).containsExactly(Skill.of("Java"), Skill.of("SQL"));
    assertThatThrownBy(() -> details.skills().add(Skill.of("Rust")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_missing_optionals() {
    Expect.invalid("value.required", () -> new ProfileDetails("Sam", null, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty()));
    Expect.invalid("value.required", () -> new ProfileDetails("Sam", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), null, Optional.empty(), Optional.empty()));
    Expect.invalid("value.required", () -> new ProfileDetails("Sam", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), null));
  }
}
