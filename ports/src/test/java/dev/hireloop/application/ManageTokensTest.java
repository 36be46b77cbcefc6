package dev.hireloop.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.GoneException;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.BookingRepository;
import dev.hireloop.port.out.persistence.BookingSearch;
import dev.hireloop.port.out.security.LinkClaims;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ManageTokensTest {
  private static final Instant NOW = Instant.parse("2030-01-14T08:00:00Z");
  private static final HmacLinkSigner SIGNER = new HmacLinkSigner(List.of(
      "a link-signing key of 32 bytes!!".getBytes(StandardCharsets.US_ASCII)));

  private final ManageTokens tokens = new ManageTokens(SIGNER);
  private final Booking booking = Booking.request(new BookingId(UUID.fromString(
          "00000000-0000-4000-8000-000000000001")), new RecruiterId(UUID.fromString(
          "00000000-0000-4000-8000-000000000002")), new ProfileId(UUID.fromString(
          "00000000-0000-4000-8000-000000000003")), Optional.empty(), "manual", 45, ZoneId.of("UTC"),
      Optional.empty(), NOW)
      .confirm(Interval.of(Instant.parse("2030-01-21T09:00:00.123Z"), Duration.ofMinutes(45)), NOW);
  private final BookingRepository store = new OneBooking(booking);

  @Test
  void a_token_lasts_until_seven_days_after_the_slot_ends_to_the_second_and_is_the_same_when_signed_again() {
    ManageTokens.Issued issued = tokens.issue(booking);

    assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2030-01-28T09:45:00Z"));
    assertThat(tokens.issue(booking)).isEqualTo(issued);
    assertThat(tokens.verify(issued.token(), store, Instant.parse("2030-01-28T09:44:59Z"))).isEqualTo(booking);
    assertThat(catchThrowableOfType(GoneException.class,
        () -> tokens.verify(issued.token(), store, issued.expiresAt())).code()).isEqualTo("manage-link.expired");
  }

  @Test
  void a_token_of_another_purpose_or_for_an_unknown_booking_is_invalid() {
    String bookingLink = SIGNER.sign(new LinkClaims("booking", booking.id().value(),
        Instant.parse("2030-02-01T00:00:00Z")));
    String unknown = SIGNER.sign(new LinkClaims("manage", UUID.fromString("00000000-0000-4000-8000-0000000000ff"),
        Instant.parse("2030-02-01T00:00:00Z")));

    for (String token : List.of(bookingLink, unknown, "x.y")) {
      assertThat(catchThrowableOfType(NotFoundException.class, () -> tokens.verify(token, store, NOW)).code())
          .isEqualTo("manage-link.invalid");
    }
  }

  /** A store holding one booking. */
  private record OneBooking(Booking only) implements BookingRepository {
    @Override
    public Booking save(Booking booking) {
      throw new UnsupportedOperationException("read only");
    }

    @Override
    public Optional<Booking> findById(BookingId id) {
      return Optional.of(only).filter(found -> found.id().equals(id));
    }

    @Override
    public List<Booking> findHolding(RecruiterId recruiterId, Instant from, Instant to) {
      return List.of();
    }

    @Override
    public Page<Booking> search(BookingSearch search, PageRequest page) {
      throw new UnsupportedOperationException("read only");
    }
  }
}
