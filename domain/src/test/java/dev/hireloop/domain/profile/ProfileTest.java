package dev.hireloop.domain.profile;

import static dev.hireloop.domain.profile.PipelineStatus.BOOKED;
import static dev.hireloop.domain.profile.PipelineStatus.CONTACTED;
import static dev.hireloop.domain.profile.PipelineStatus.CV_RECEIVED;
import static dev.hireloop.domain.profile.PipelineStatus.ENDORSED;
import static dev.hireloop.domain.profile.PipelineStatus.INTERESTED;
import static dev.hireloop.domain.profile.PipelineStatus.INTERVIEWED;
import static dev.hireloop.domain.profile.PipelineStatus.MATCHED;
import static dev.hireloop.domain.profile.PipelineStatus.NEW;
import static dev.hireloop.domain.profile.PipelineStatus.ON_HOLD;
import static dev.hireloop.domain.profile.PipelineStatus.REJECTED;
import static dev.hireloop.domain.profile.PipelineStatus.SHORTLISTED;
import static dev.hireloop.domain.profile.PipelineStatus.WITHDRAWN;
import static dev.hireloop.domain.testing.Fixtures.RECRUITER;
import static dev.hireloop.domain.testing.Fixtures.T0;
import static dev.hireloop.domain.testing.Fixtures.daysAfterT0;
import static dev.hireloop.domain.testing.Fixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.hireloop.domain.shared.Version;
import dev.hireloop.domain.testing.Expect;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

final class ProfileTest {

  private static final ProfileId ID = new ProfileId(uuid(30));
  private static final ProfileDetails DETAILS = ProfileDetails.named("Sam Lee");
  private static final Set<PipelineStatus> HOLDABLE =
      EnumSet.of(NEW, CONTACTED, INTERESTED, CV_RECEIVED, MATCHED, SHORTLISTED, BOOKED, INTERVIEWED);

  private static Profile created() {
    return Profile.create(ID, RECRUITER, DETAILS, ProfileSource.CV, T0);
  }

  /** A stored profile in any state; on hold it left {@code before}. */
  private static Profile in(PipelineStatus status, Optional<PipelineStatus> before) {
    return new Profile(ID, RECRUITER, DETAILS, ProfileSource.MANUAL, status, before, T0, T0, T0, new Version(2));
  }

  private static Profile in(PipelineStatus status) {
    return in(status, Optional.empty());
  }

  @Test
  void is_created_new_with_nothing_on_hold() {
    Profile profile = created();

    assertThat(profile.status()).isEqualTo(NEW);
    assertThat(profile.statusBeforeHold()).isEmpty();
    assertThat(profile.source()).isEqualTo(ProfileSource.CV);
    assertThat(profile.statusChangedAt()).isEqualTo(T0);
    assertThat(profile.createdAt()).isEqualTo(T0);
    assertThat(profile.updatedAt()).isEqualTo(T0);
    assertThat(profile.version()).isEqualTo(Version.initial());
  }

  @Test
  void walks_the_main_line_from_new_to_endorsed() {
    Profile profile = created();
    List<PipelineStatus> mainLine =
        List.of(CONTACTED, INTERESTED, CV_RECEIVED, MATCHED, SHORTLISTED, BOOKED, INTERVIEWED, ENDORSED);
    int day = 0;
    for (PipelineStatus next : mainLine) {
      day++;
      profile = profile.moveTo(next, daysAfterT0(day));

      assertThat(profile.status()).isEqualTo(next);
      assertThat(profile.statusChangedAt()).isEqualTo(daysAfterT0(day));
      assertThat(profile.updatedAt()).isEqualTo(daysAfterT0(day));
    }
    assertThat(profile.createdAt()).isEqualTo(T0);
  }

  @Test
  void a_candidate_who_sends_a_cv_unprompted_skips_the_outreach_steps() {
    assertThat(created().moveTo(CV_RECEIVED, daysAfterT0(1)).status()).isEqualTo(CV_RECEIVED);
    assertThat(in(CONTACTED).moveTo(CV_RECEIVED, daysAfterT0(1)).status()).isEqualTo(CV_RECEIVED);
  }

  @Test
  void a_cancelled_booking_sends_a_booked_candidate_back_to_shortlisted() {
    assertThat(in(BOOKED).moveTo(SHORTLISTED, daysAfterT0(1)).status()).isEqualTo(SHORTLISTED);
  }

  @Test
  void cannot_skip_a_stage_of_the_main_line_after_the_cv() {
    Expect.illegalTransition("profile", CV_RECEIVED, SHORTLISTED, () -> in(CV_RECEIVED).moveTo(SHORTLISTED, T0));
    Expect.illegalTransition("profile", NEW, MATCHED, () -> created().moveTo(MATCHED, T0));
    Expect.illegalTransition("profile", SHORTLISTED, INTERVIEWED, () -> in(SHORTLISTED).moveTo(INTERVIEWED, T0));
  }

  @ParameterizedTest
  @EnumSource(value = PipelineStatus.class, names = {"NEW", "CONTACTED", "INTERESTED", "CV_RECEIVED", "MATCHED",
      "SHORTLISTED", "BOOKED", "INTERVIEWED"})
  void putting_on_hold_remembers_the_stage_it_left(PipelineStatus stage) {
    Profile held = in(stage).moveTo(ON_HOLD, daysAfterT0(1));

    assertThat(held.status()).isEqualTo(ON_HOLD);
    assertThat(held.statusBeforeHold()).contains(stage);
    assertThat(held.statusChangedAt()).isEqualTo(daysAfterT0(1));
  }

  @Test
  void an_endorsed_candidate_cannot_be_put_on_hold() {
    assertThat(in(ENDORSED).canMoveTo(ON_HOLD)).isFalse();
    Expect.illegalTransition("profile", ENDORSED, ON_HOLD, () -> in(ENDORSED).moveTo(ON_HOLD, T0));
  }

  static Stream<Arguments> holdAndTarget() {
    return HOLDABLE.stream().flatMap(stage -> EnumSet.allOf(PipelineStatus.class).stream()
        .map(target -> Arguments.of(stage, target)));
  }

  @ParameterizedTest(name = "held at {0}, move to {1}")
  @MethodSource("holdAndTarget")
  void leaving_hold_goes_back_only_to_the_stage_it_left_or_out_of_the_pipeline(PipelineStatus stage,
      PipelineStatus target) {
    Profile held = in(stage).moveTo(ON_HOLD, daysAfterT0(1));
    boolean expected = target == stage || target == REJECTED || target == WITHDRAWN;

    assertThat(held.canMoveTo(target)).isEqualTo(expected);
    if (expected) {
      Profile moved = held.moveTo(target, daysAfterT0(2));
      assertThat(moved.status()).isEqualTo(target);
      assertThat(moved.statusBeforeHold()).isEmpty();
      assertThat(moved.statusChangedAt()).isEqualTo(daysAfterT0(2));
    } else {
      Expect.illegalTransition("profile", ON_HOLD, target, () -> held.moveTo(target, daysAfterT0(2)));
    }
  }

  static Stream<Arguments> notOnHold() {
    return EnumSet.complementOf(EnumSet.of(ON_HOLD)).stream().flatMap(from -> EnumSet.allOf(PipelineStatus.class)
        .stream().map(target -> Arguments.of(from, target)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("notOnHold")
  void off_hold_can_move_to_exactly_what_the_machine_allows_and_move_to_agrees(PipelineStatus from,
      PipelineStatus target) {
    Profile profile = in(from);
    boolean allowed = PipelineStatus.MACHINE.allows(from, target);

    assertThat(profile.canMoveTo(target)).isEqualTo(allowed);
    if (allowed) {
      assertThatCode(() -> profile.moveTo(target, daysAfterT0(1))).doesNotThrowAnyException();
    } else {
      Expect.illegalTransition("profile", from, target, () -> profile.moveTo(target, daysAfterT0(1)));
    }
  }

  @ParameterizedTest
  @EnumSource(value = PipelineStatus.class, names = {"REJECTED", "WITHDRAWN"})
  void a_rejected_or_withdrawn_candidate_can_only_be_reopened_as_new(PipelineStatus closed) {
    Profile profile = in(closed);

    assertThat(EnumSet.allOf(PipelineStatus.class)).filteredOn(profile::canMoveTo).containsExactly(NEW);
    assertThat(profile.moveTo(NEW, daysAfterT0(1)).status()).isEqualTo(NEW);
  }

  @Test
  void rejects_a_hold_without_the_stage_it_left_and_a_remembered_stage_without_a_hold() {
    Expect.invalid("profile.hold-inconsistent", () -> in(ON_HOLD, Optional.empty()));
    Expect.invalid("profile.hold-inconsistent", () -> in(MATCHED, Optional.of(NEW)));
  }

  @ParameterizedTest
  @EnumSource(value = PipelineStatus.class, names = {"ON_HOLD", "REJECTED", "WITHDRAWN", "ENDORSED"})
  void rejects_a_hold_that_remembers_a_stage_that_cannot_be_held(PipelineStatus before) {
    Expect.invalid("profile.hold-inconsistent", () -> in(ON_HOLD, Optional.of(before)));
  }

  @Test
  void updating_details_keeps_the_place_in_the_pipeline() {
    Profile held = in(MATCHED).moveTo(ON_HOLD, daysAfterT0(1));
    ProfileDetails renamed = ProfileDetails.named("Sam Lee-Park");

    Profile updated = held.update(renamed, daysAfterT0(2));

    assertThat(updated.details()).isEqualTo(renamed);
    assertThat(updated.status()).isEqualTo(ON_HOLD);
    assertThat(updated.statusBeforeHold()).contains(MATCHED);
    assertThat(updated.statusChangedAt()).isEqualTo(daysAfterT0(1));
    assertThat(updated.updatedAt()).isEqualTo(daysAfterT0(2));
  }

  @Test
  void keeps_its_stored_version_through_every_change() {
    Profile stored = created().withVersion(new Version(5));
    Instant later = daysAfterT0(1);

    assertThat(stored.moveTo(CV_RECEIVED, later).moveTo(ON_HOLD, later).moveTo(CV_RECEIVED, later)
        .update(DETAILS, later).version()).isEqualTo(new Version(5));
  }

  @Test
  void rejects_missing_parts() {
    Expect.invalid("value.required", () -> Profile.create(null, RECRUITER, DETAILS, ProfileSource.CV, T0));
    Expect.invalid("value.required", () -> Profile.create(ID, null, DETAILS, ProfileSource.CV, T0));
    Expect.invalid("value.required", () -> Profile.create(ID, RECRUITER, null, ProfileSource.CV, T0));
    Expect.invalid("value.required", () -> Profile.create(ID, RECRUITER, DETAILS, null, T0));
    Expect.invalid("value.required", () -> Profile.create(ID, RECRUITER, DETAILS, ProfileSource.CV, null));
  }
}
