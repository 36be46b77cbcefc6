package dev.hireloop.domain;

import static dev.hireloop.domain.testing.Fixtures.RECRUITER;
import static dev.hireloop.domain.testing.Fixtures.T0;
import static dev.hireloop.domain.testing.Fixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.interview.Interview;
import dev.hireloop.domain.interview.InterviewId;
import dev.hireloop.domain.interview.InterviewType;
import dev.hireloop.domain.outreach.OutreachChannel;
import dev.hireloop.domain.outreach.OutreachMessage;
import dev.hireloop.domain.outreach.OutreachMessageId;
import dev.hireloop.domain.outreach.OutreachStatus;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.recruiter.TokenHash;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.domain.testing.Expect;
import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A missing argument is a 400-class domain error naming the field, never a NullPointerException (a 500). */
class MissingArgumentsTest {

  @Test
  void a_booking_without_an_external_id_is_refused() {
    Booking booking = Booking.request(new BookingId(uuid(10)), RECRUITER, new ProfileId(uuid(11)), Optional.empty(),
        "manual", 45, ZoneId.of("Europe/London"), Optional.empty(), T0);

    Expect.invalid("value.required", () -> booking.withExternalId(null, T0));
  }

  @Test
  void an_interview_without_a_provider_reference_is_refused() {
    Interview interview = Interview.schedule(new InterviewId(uuid(12)), RECRUITER, new ProfileId(uuid(13)),
        Optional.empty(), Optional.empty(), InterviewType.GENERAL, "custom", 30, T0, List.of(), T0);

    Expect.invalid("value.required", () -> interview.withProviderReference(null, URI.create("https://x.test"), T0));
    Expect.invalid("value.required", () -> interview.withProviderReference("ext-1", null, T0));
  }

  @Test
  void an_outreach_failure_needs_a_reason_and_a_timeline_needs_its_times() {
    OutreachMessage approved = OutreachMessage.draft(new OutreachMessageId(uuid(14)), RECRUITER, Optional.empty(),
        OutreachChannel.EMAIL, "grace@example.com", Optional.empty(), "Hello", T0).approve(T0);
    Map<OutreachStatus, Instant> timeline = new HashMap<>();
    timeline.put(OutreachStatus.DRAFT, null);

    Expect.invalid("value.required", () -> approved.failed(null, T0));
    Expect.invalid("value.required", () -> new OutreachMessage(new OutreachMessageId(uuid(15)), RECRUITER,
        Optional.empty(), OutreachChannel.EMAIL, "grace@example.com", Optional.empty(), "Hello", OutreachStatus.DRAFT,
        timeline, Optional.empty(), Optional.empty(), Version.initial()));
  }

  @Test
  void a_missing_token_never_matches_a_hash() {
    assertThat(TokenHash.of("hlk_secret").matches(null)).isFalse();
  }
}
