package dev.hireloop.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.booking.Reschedule;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BookingRepository} promises, the conflict ledger included. Subclasses return an isolated,
 * empty store.
 *
 * <p>Unless a test says otherwise a booking here is 45 minutes long and held from 10 minutes before to 5 minutes
 * after its slot, so its held range is one hour: {@code held("10:00")} is slot 10:10–10:55, held 10:00–11:00, on
 * {@link #DAY}.
 */
public abstract class BookingRepositoryContract {
  /** The day the tests' slots are on, a few days after {@link Fixtures#NOW}. */
  protected static final Instant DAY = Instant.parse("2030-01-20T00:00:00Z");
  private static final Duration BEFORE = Duration.ofMinutes(10);
  private static final Duration AFTER = Duration.ofMinutes(5);

  protected final Fixtures fixtures = new Fixtures();
  private Persistence persistence;
  private BookingRepository bookings;
  private RecruiterId recruiter;

  /** A new, empty store for each test. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void createStore() {
    persistence = newPersistence();
    bookings = persistence.bookings();
    recruiter = fixtures.recruiterId();
  }

  @Test
  void returns_empty_for_an_unknown_id_and_nothing_for_a_recruiter_without_bookings() {
    assertThat(bookings.findById(new BookingId(fixtures.uuid()))).isEmpty();
    assertThat(bookings.findHolding(recruiter, DAY, DAY.plus(Duration.ofDays(1)))).isEmpty();
    assertThat(bookings.search(everything(recruiter), PageRequest.first(10)).total()).isZero();
  }

  @Test
  void stores_a_new_booking_link_as_version_one_and_reads_it_back_equal() {
    Booking link = pending(recruiter);

    Booking saved = bookings.save(link);

    assertThat(saved).isEqualTo(link.withVersion(new Version(1)));
    assertThat(bookings.findById(link.id())).contains(saved);
  }

  @Test
  void round_trips_every_field_of_a_booking_that_was_rescheduled_and_cancelled() {
    Interval first = slot("10:00");
    Interval second = slot("13:00");
    Interval third = slot("15:30");
    List<Reschedule> history = List.of(
        new Reschedule(first, second, fixtures.now().plusSeconds(60), Optional.of("Kandidat:in krank – 山田 🚀\nneu")),
        new Reschedule(second, third, fixtures.now().plusSeconds(120), Optional.empty()));
    Booking booking = new Booking(new BookingId(fixtures.uuid()), recruiter, new ProfileId(fixtures.uuid()),
        Optional.of(new JobId(fixtures.uuid())), Optional.of(new EventTypeId(fixtures.uuid())), "calcom", 45,
        ZoneId.of("America/St_Johns"), BookingStatus.CANCELLED, Optional.of(third), Optional.of(widened(third)),
        history, Optional.of("The candidate accepted another offer."), Optional.of("cal_uid_7Hq2"),
        Optional.of(fixtures.now().plus(Duration.ofDays(14))), fixtures.now(), fixtures.now().plusSeconds(180),
        Version.initial());

    Booking saved = bookings.save(booking);

    assertThat(saved).isEqualTo(booking.withVersion(new Version(1)));
    Booking read = bookings.findById(booking.id()).orElseThrow();
    assertThat(read).isEqualTo(saved);
    assertThat(read.reschedules()).isEqualTo(history);
    assertThat(read.held()).contains(widened(third));
  }

  @Test
  void round_trips_a_confirmed_booking_without_optional_fields_and_a_held_range_equal_to_its_slot() {
    Interval slot = slot("10:00");
    Booking booking = Booking.request(new BookingId(fixtures.uuid()), recruiter, new ProfileId(fixtures.uuid()),
        Optional.empty(), "manual", 45, ZoneId.of("Europe/London"), Optional.empty(), fixtures.now())
        .confirm(slot, fixtures.now());

    Booking saved = bookings.save(booking);

    assertThat(bookings.findById(booking.id())).contains(saved);
    assertThat(saved.held()).contains(slot);
    assertThat(saved.jobId()).isEmpty();
    assertThat(saved.eventTypeId()).isEmpty();
    assertThat(saved.expiresAt()).isEmpty();
  }

  @Test
  void keeps_candidate_time_zones_with_daylight_saving_and_odd_offsets() {
    List<String> zones = List.of("America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata",
        "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe", "UTC", "Z", "+05:30", "Etc/GMT-14");
    List<Booking> saved = new ArrayList<>();
    for (String zone : zones) {
      saved.add(bookings.save(Booking.request(new BookingId(fixtures.uuid()), recruiter,
          new ProfileId(fixtures.uuid()), Optional.empty(), "manual", 30, ZoneId.of(zone), Optional.empty(),
          fixtures.now())));
    }

    for (Booking booking : saved) {
      assertThat(bookings.findById(booking.id())).contains(booking);
    }
  }

  @Test
  void stores_instants_truncated_to_microseconds() {
    Instant withNanos = Instant.parse("2030-01-15T09:00:00.123456789Z");
    Instant slotStart = Instant.parse("2030-01-20T10:00:00.987654321Z");
    Interval slot = Interval.of(slotStart, Duration.ofMinutes(45));
    Interval moved = Interval.of(slotStart.plus(Duration.ofHours(2)), Duration.ofMinutes(45));
    Booking booking = Booking.request(new BookingId(fixtures.uuid()), recruiter, new ProfileId(fixtures.uuid()),
            Optional.empty(), "manual", 45, ZoneId.of("Asia/Kolkata"), Optional.of(withNanos.plusSeconds(3600)),
            withNanos)
        .confirm(slot, widened(slot), withNanos)
        .reschedule(moved, Optional.empty(), withNanos.plusNanos(1));

    Booking saved = bookings.save(booking);

    assertThat(saved.createdAt()).isEqualTo(withNanos.truncatedTo(ChronoUnit.MICROS));
    assertThat(saved.slot().orElseThrow().start()).isEqualTo(moved.start().truncatedTo(ChronoUnit.MICROS));
    assertThat(saved.held()).contains(new Interval(moved.start().truncatedTo(ChronoUnit.MICROS),
        moved.end().truncatedTo(ChronoUnit.MICROS)));
    assertThat(saved.reschedules().get(0).from().start()).isEqualTo(slotStart.truncatedTo(ChronoUnit.MICROS));
    assertThat(saved.reschedules().get(0).at()).isEqualTo(withNanos.truncatedTo(ChronoUnit.MICROS));
    assertThat(saved.expiresAt()).contains(withNanos.plusSeconds(3600).truncatedTo(ChronoUnit.MICROS));
    assertThat(bookings.findById(booking.id())).contains(saved);
  }

  @Test
  void an_update_stores_the_next_version_and_keeps_one_identity_through_every_move() {
    Booking link = bookings.save(pending(recruiter));
    Booking confirmed = bookings.save(link.confirm(slot("10:00"), widened(slot("10:00")), fixtures.now()));
    Booking moved = bookings.save(confirmed.reschedule(slot("14:00"), widened(slot("14:00")),
        Optional.of("clash"), fixtures.now()));
    Booking cancelled = bookings.save(moved.cancel(Optional.of("no longer needed"), fixtures.now()));

    assertThat(List.of(confirmed.version(), moved.version(), cancelled.version()))
        .containsExactly(new Version(2), new Version(3), new Version(4));
    Booking read = bookings.findById(link.id()).orElseThrow();
    assertThat(read).isEqualTo(cancelled);
    assertThat(read.reschedules()).singleElement()
        .satisfies(move -> assertThat(move.to()).isEqualTo(slot("14:00")));
    assertThat(read.cancellationReason()).contains("no longer needed");
  }

  @Test
  void rejects_a_stale_write() {
    Booking saved = bookings.save(pending(recruiter));
    Booking confirmed = bookings.save(saved.confirm(slot("10:00"), fixtures.now()));

    assertThatThrownBy(() -> bookings.save(saved.cancel(Optional.of("late"), fixtures.now())))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("booking.stale"));
    assertThat(bookings.findById(saved.id())).contains(confirmed);
  }

  @Test
  void rejects_an_update_of_a_booking_that_was_never_stored() {
    Booking neverStored = held(recruiter, "10:00").withVersion(new Version(3));

    assertThatThrownBy(() -> bookings.save(neverStored))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("booking.stale"));
    assertThat(bookings.findById(neverStored.id())).isEmpty();
    assertThat(bookings.findHolding(recruiter, DAY, DAY.plus(Duration.ofDays(1)))).isEmpty();
  }

  @Test
  void rejects_inserting_the_same_booking_twice_as_stale_even_when_it_holds_a_range() {
    Booking link = pending(recruiter);
    Booking holding = held(recruiter, "10:00");
    bookings.save(link);
    bookings.save(holding);

    assertThatThrownBy(() -> bookings.save(link))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("booking.stale"));
    assertThatThrownBy(() -> bookings.save(holding))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("booking.stale"));
  }

  @Test
  void a_stale_write_into_a_taken_range_is_reported_as_stale() {
    Booking other = bookings.save(held(recruiter, "14:00"));
    Booking saved = bookings.save(held(recruiter, "10:00"));
    bookings.save(saved.cancel(Optional.empty(), fixtures.now()));

    assertThatThrownBy(() -> bookings.save(saved.reschedule(other.slot().orElseThrow(), other.held().orElseThrow(),
        Optional.empty(), fixtures.now())))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("booking.stale"));
  }

  @Test
  void of_concurrent_updates_from_the_same_version_exactly_one_wins() throws Exception {
    Booking saved = bookings.save(held(recruiter, "10:00"));
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> outcomes = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Interval target = slot(String.format("%02d:00", 12 + i));
        outcomes.add(pool.submit(() -> {
          start.await();
          try {
            bookings.save(saved.reschedule(target, widened(target), Optional.empty(), fixtures.now()));
            return LedgerRace.SAVED;
          } catch (ConflictException e) {
            return e.code();
          }
        }));
      }
      start.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        results.add(outcome.get(60, TimeUnit.SECONDS));
      }
      assertThat(results).containsOnlyOnce(LedgerRace.SAVED).containsOnly(LedgerRace.SAVED, "booking.stale");
      assertThat(bookings.findById(saved.id()).orElseThrow().version()).isEqualTo(new Version(2));
    } finally {
      pool.shutdownNow();
    }
  }

  /** {@code findHolding}: what the slot engine sees of existing bookings. */
  @Nested
  class FindHolding {
    @Test
    void finds_bookings_whose_held_range_overlaps_the_half_open_window() {
      Booking booking = bookings.save(held(recruiter, "10:00"));

      assertThat(bookings.findHolding(recruiter, at("09:00"), at("10:00"))).isEmpty();
      assertThat(bookings.findHolding(recruiter, at("11:00"), at("12:00"))).isEmpty();
      assertThat(bookings.findHolding(recruiter, at("09:00"), at("10:00").plusNanos(1000))).containsExactly(booking);
      assertThat(bookings.findHolding(recruiter, at("11:00").minusNanos(1000), at("12:00"))).containsExactly(booking);
      assertThat(bookings.findHolding(recruiter, at("10:20"), at("10:30"))).containsExactly(booking);
      assertThat(bookings.findHolding(recruiter, DAY, DAY.plus(Duration.ofDays(1)))).containsExactly(booking);
    }

    @Test
    void uses_the_held_range_not_only_the_slot() {
      Booking booking = bookings.save(held(recruiter, "10:00"));

      // slot 10:10–10:55; only the buffers reach into these windows
      assertThat(bookings.findHolding(recruiter, at("10:00"), at("10:10"))).containsExactly(booking);
      assertThat(bookings.findHolding(recruiter, at("10:55"), at("11:00"))).containsExactly(booking);
    }

    @Test
    void leaves_out_bookings_that_no_longer_hold_their_range_and_links_without_a_slot() {
      Booking cancelled = held(recruiter, "08:00").cancel(Optional.empty(), fixtures.now());
      Booking completed = held(recruiter, "10:00");
      completed = completed.complete(completed.slot().orElseThrow().end());
      Booking noShow = held(recruiter, "12:00");
      noShow = noShow.markNoShow(noShow.slot().orElseThrow().end());
      Booking pendingWithSlot = pendingHolding(recruiter, "14:00");
      Booking confirmed = held(recruiter, "16:00");
      for (Booking booking : List.of(cancelled, completed, noShow, pendingWithSlot, confirmed, pending(recruiter))) {
        bookings.save(booking);
      }

      assertThat(bookings.findHolding(recruiter, DAY, DAY.plus(Duration.ofDays(1))))
          .extracting(Booking::id).containsExactly(pendingWithSlot.id(), confirmed.id());
    }

    @Test
    void leaves_out_other_recruiters() {
      RecruiterId other = fixtures.recruiterId();
      bookings.save(held(other, "10:00"));
      Booking mine = bookings.save(held(recruiter, "12:00"));

      assertThat(bookings.findHolding(recruiter, DAY, DAY.plus(Duration.ofDays(1)))).containsExactly(mine);
      assertThat(bookings.findHolding(other, at("12:00"), at("13:00"))).isEmpty();
    }

    @Test
    void sorts_by_slot_start() {
      Booking late = bookings.save(held(recruiter, "16:00"));
      Booking early = bookings.save(held(recruiter, "08:00"));
      Booking middle = bookings.save(held(recruiter, "12:00"));
      Booking nine = bookings.save(held(recruiter, "09:00"));

      assertThat(bookings.findHolding(recruiter, DAY, DAY.plus(Duration.ofDays(1))))
          .containsExactly(early, nine, middle, late);
    }
  }

  /** {@code search}: interview lists. */
  @Nested
  class Search {
    private Booking cancelledAtNine;
    private Booking confirmedAtNine;
    private Booking completedAtEleven;
    private Booking noShowAtOne;
    private Booking pendingAtThree;

    @BeforeEach
    void storeOneOfEach() {
      // same start, ids whose first bit differs: databases order UUIDs by their bytes, unsigned
      UUID low = new UUID(0x7000_0000_0000_4000L, 0x8000_0000_0000_0001L);
      UUID high = new UUID(0x9000_0000_0000_4000L, 0x8000_0000_0000_0001L);
      cancelledAtNine = bookings.save(held(recruiter, "09:00", low).cancel(Optional.of("moved"), fixtures.now()));
      confirmedAtNine = bookings.save(held(recruiter, "09:00", high));
      Booking completed = held(recruiter, "11:00");
      completedAtEleven = bookings.save(completed.complete(completed.slot().orElseThrow().end()));
      Booking noShow = held(recruiter, "13:00");
      noShowAtOne = bookings.save(noShow.markNoShow(noShow.slot().orElseThrow().end()));
      pendingAtThree = bookings.save(pendingHolding(recruiter, "15:00"));
      bookings.save(pending(recruiter));
      bookings.save(held(fixtures.recruiterId(), "09:00"));
    }

    @Test
    void matches_by_status_and_leaves_out_links_without_a_slot_and_other_recruiters() {
      assertThat(ids(search(EnumSet.allOf(BookingStatus.class)))).containsExactly(cancelledAtNine.id(),
          confirmedAtNine.id(), completedAtEleven.id(), noShowAtOne.id(), pendingAtThree.id());
      assertThat(ids(search(EnumSet.of(BookingStatus.CONFIRMED)))).containsExactly(confirmedAtNine.id());
      assertThat(ids(search(EnumSet.of(BookingStatus.NO_SHOW, BookingStatus.PENDING))))
          .containsExactly(noShowAtOne.id(), pendingAtThree.id());
      assertThat(search(EnumSet.noneOf(BookingStatus.class)).total()).isZero();
    }

    @Test
    void reads_back_whole_bookings() {
      assertThat(search(EnumSet.of(BookingStatus.CANCELLED, BookingStatus.COMPLETED)).items())
          .containsExactly(cancelledAtNine, completedAtEleven);
    }

    @Test
    void the_start_from_bound_is_inclusive() {
      assertThat(ids(search(bounds(Optional.of(at("11:10")), Optional.empty(), Optional.empty()))))
          .containsExactly(completedAtEleven.id(), noShowAtOne.id(), pendingAtThree.id());
      assertThat(ids(search(bounds(Optional.of(at("11:10").plusNanos(1000)), Optional.empty(), Optional.empty()))))
          .containsExactly(noShowAtOne.id(), pendingAtThree.id());
    }

    @Test
    void the_start_before_bound_is_exclusive() {
      assertThat(ids(search(bounds(Optional.empty(), Optional.of(at("13:10")), Optional.empty()))))
          .containsExactly(cancelledAtNine.id(), confirmedAtNine.id(), completedAtEleven.id());
      assertThat(ids(search(bounds(Optional.empty(), Optional.of(at("13:10").plusNanos(1000)), Optional.empty()))))
          .containsExactly(cancelledAtNine.id(), confirmedAtNine.id(), completedAtEleven.id(), noShowAtOne.id());
    }

    @Test
    void the_end_after_bound_wants_a_slot_that_ends_later() {
      // the nine o'clock slots end at 09:55
      assertThat(ids(search(bounds(Optional.empty(), Optional.empty(), Optional.of(at("09:55"))))))
          .containsExactly(completedAtEleven.id(), noShowAtOne.id(), pendingAtThree.id());
      assertThat(ids(search(bounds(Optional.empty(), Optional.empty(), Optional.of(at("09:55").minusNanos(1000))))))
          .containsExactly(cancelledAtNine.id(), confirmedAtNine.id(), completedAtEleven.id(), noShowAtOne.id(),
              pendingAtThree.id());
    }

    @Test
    void applies_every_bound_together() {
      assertThat(ids(search(bounds(Optional.of(at("09:10")), Optional.of(at("15:10")), Optional.of(at("11:55"))))))
          .containsExactly(noShowAtOne.id());
    }

    @Test
    void adds_confirmed_bookings_whose_slot_ended_by_the_given_instant() {
      Set<BookingStatus> marked = EnumSet.of(BookingStatus.COMPLETED, BookingStatus.NO_SHOW);

      assertThat(ids(search(new BookingSearch(recruiter, marked, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.of(at("09:55"))), PageRequest.first(10))))
          .containsExactly(confirmedAtNine.id(), completedAtEleven.id(), noShowAtOne.id());
      assertThat(ids(search(new BookingSearch(recruiter, marked, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.of(at("09:55").minusNanos(1000))), PageRequest.first(10))))
          .containsExactly(completedAtEleven.id(), noShowAtOne.id());
      assertThat(ids(search(new BookingSearch(recruiter, EnumSet.noneOf(BookingStatus.class), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.of(DAY.plus(Duration.ofDays(1)))), PageRequest.first(10))))
          .containsExactly(confirmedAtNine.id());
    }

    @Test
    void the_bounds_apply_to_confirmed_bookings_that_ended_too() {
      assertThat(ids(search(new BookingSearch(recruiter, EnumSet.of(BookingStatus.COMPLETED),
          Optional.of(at("09:30")), Optional.empty(), Optional.empty(), Optional.of(at("23:00"))),
          PageRequest.first(10))))
          .containsExactly(completedAtEleven.id());
    }

    @Test
    void pages_in_order_of_start_then_id_with_the_total() {
      BookingSearch all = everything(recruiter);

      Page<Booking> second = bookings.search(all, new PageRequest(1, 2));
      Page<Booking> beyond = bookings.search(all, new PageRequest(10, 2));

      assertThat(ids(second)).containsExactly(confirmedAtNine.id(), completedAtEleven.id());
      assertThat(second.total()).isEqualTo(5);
      assertThat(second.offset()).isEqualTo(1);
      assertThat(second.limit()).isEqualTo(2);
      assertThat(beyond.items()).isEmpty();
      assertThat(beyond.total()).isEqualTo(5);
    }

    private Page<Booking> search(Set<BookingStatus> statuses) {
      return search(new BookingSearch(recruiter, statuses, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty()), PageRequest.first(10));
    }

    private Page<Booking> search(BookingSearch search) {
      return search(search, PageRequest.first(10));
    }

    private Page<Booking> search(BookingSearch search, PageRequest page) {
      return bookings.search(search, page);
    }

    private BookingSearch bounds(Optional<Instant> startFrom, Optional<Instant> startBefore,
        Optional<Instant> endAfter) {
      return new BookingSearch(recruiter, EnumSet.allOf(BookingStatus.class), startFrom, startBefore, endAfter,
          Optional.empty());
    }

    private List<BookingId> ids(Page<Booking> page) {
      return page.items().stream().map(Booking::id).toList();
    }
  }

  /** The conflict ledger: no two holding bookings of one recruiter with overlapping held ranges. */
  @Nested
  class Ledger {
    @Test
    void rejects_an_overlapping_held_range_of_the_same_recruiter_and_writes_nothing() {
      Booking first = bookings.save(held(recruiter, "10:00"));
      Booking overlapping = held(recruiter, "10:30");

      assertThatThrownBy(() -> bookings.save(overlapping))
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("booking.slot-taken"));
      assertThat(bookings.findById(overlapping.id())).isEmpty();
      assertThat(bookings.findHolding(recruiter, DAY, DAY.plus(Duration.ofDays(1)))).containsExactly(first);
    }

    @Test
    void rejects_held_ranges_that_overlap_only_in_their_buffers() {
      bookings.save(held(recruiter, "10:00"));
      // slot 11:00–11:45 starts after the first slot (10:10–10:55) ends, but its held range starts at 10:50
      Booking buffersOverlap = held(recruiter, "10:50");

      assertThatThrownBy(() -> bookings.save(buffersOverlap))
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("booking.slot-taken"));
    }

    @Test
    void rejects_a_range_that_contains_or_is_contained_in_another() {
      bookings.save(held(recruiter, "10:00"));
      Interval inside = Interval.of(at("10:20"), Duration.ofMinutes(30));
      Booking containing = booking(recruiter, Interval.of(at("10:15"), Duration.ofMinutes(45)),
          new Interval(at("09:00"), at("12:00")));
      Booking contained = booking(recruiter, inside, inside);

      for (Booking booking : List.of(containing, contained)) {
        assertThatThrownBy(() -> bookings.save(booking))
            .isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo("booking.slot-taken"));
      }
    }

    @Test
    void accepts_ranges_that_only_touch() {
      Booking middle = bookings.save(held(recruiter, "10:00"));
      Booking before = bookings.save(held(recruiter, "09:00"));
      Booking after = bookings.save(held(recruiter, "11:00"));

      assertThat(bookings.findHolding(recruiter, DAY, DAY.plus(Duration.ofDays(1))))
          .containsExactly(before, middle, after);
    }

    @Test
    void accepts_the_same_range_for_another_recruiter() {
      bookings.save(held(recruiter, "10:00"));

      Booking other = bookings.save(held(fixtures.recruiterId(), "10:00"));

      assertThat(bookings.findById(other.id())).contains(other);
    }

    @Test
    void a_booking_link_without_a_slot_never_conflicts() {
      bookings.save(held(recruiter, "10:00"));

      bookings.save(pending(recruiter));
      bookings.save(pending(recruiter));

      assertThat(bookings.search(everything(recruiter), PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    void a_pending_booking_with_a_slot_holds_its_range() {
      bookings.save(pendingHolding(recruiter, "10:00"));

      assertThatThrownBy(() -> bookings.save(held(recruiter, "10:30")))
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("booking.slot-taken"));
    }

    @Test
    void confirming_a_link_into_a_taken_range_is_rejected_and_leaves_the_link_as_it_was() {
      bookings.save(held(recruiter, "10:00"));
      Booking link = bookings.save(pending(recruiter));

      assertThatThrownBy(() -> bookings.save(link.confirm(slot("10:30"), widened(slot("10:30")), fixtures.now())))
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("booking.slot-taken"));
      assertThat(bookings.findById(link.id())).contains(link);
    }

    @Test
    void a_cancelled_booking_frees_its_range() {
      Booking first = bookings.save(held(recruiter, "10:00"));
      bookings.save(first.cancel(Optional.of("candidate withdrew"), fixtures.now()));

      Booking second = bookings.save(held(recruiter, "10:00"));

      assertThat(bookings.findHolding(recruiter, DAY, DAY.plus(Duration.ofDays(1)))).containsExactly(second);
    }

    @Test
    void completed_and_no_show_bookings_free_their_range() {
      Booking completed = bookings.save(held(recruiter, "10:00"));
      bookings.save(completed.complete(completed.slot().orElseThrow().end()));
      Booking noShow = bookings.save(held(recruiter, "12:00"));
      bookings.save(noShow.markNoShow(noShow.slot().orElseThrow().end()));

      bookings.save(held(recruiter, "10:30"));
      bookings.save(held(recruiter, "12:30"));

      assertThat(bookings.findHolding(recruiter, DAY, DAY.plus(Duration.ofDays(1)))).hasSize(2);
    }

    @Test
    void a_booking_that_no_longer_holds_its_range_may_be_saved_over_a_taken_one() {
      Booking active = bookings.save(held(recruiter, "10:00"));
      Booking cancelledOverlapping = held(recruiter, "10:30").cancel(Optional.empty(), fixtures.now());

      bookings.save(cancelledOverlapping);

      assertThat(bookings.findById(cancelledOverlapping.id())).isPresent();
      assertThat(bookings.findHolding(recruiter, DAY, DAY.plus(Duration.ofDays(1)))).containsExactly(active);
    }

    @Test
    void a_booking_may_move_within_its_own_range() {
      Booking saved = bookings.save(held(recruiter, "10:00"));
      Interval later = slot("10:30");

      Booking moved = bookings.save(saved.reschedule(later, widened(later), Optional.empty(), fixtures.now()));

      assertThat(bookings.findHolding(recruiter, DAY, DAY.plus(Duration.ofDays(1)))).containsExactly(moved);
    }

    @Test
    void a_booking_may_be_saved_again_unchanged_or_with_other_details() {
      Booking saved = bookings.save(held(recruiter, "10:00"));

      Booking withExternalId = bookings.save(saved.withExternalId("evt-1", fixtures.now()));

      assertThat(withExternalId.version()).isEqualTo(new Version(2));
    }

    @Test
    void rescheduling_onto_another_bookings_range_is_rejected_and_keeps_the_stored_booking() {
      bookings.save(held(recruiter, "14:00"));
      Booking saved = bookings.save(held(recruiter, "10:00"));
      Interval taken = slot("14:20");

      assertThatThrownBy(() -> bookings.save(saved.reschedule(taken, widened(taken), Optional.empty(),
          fixtures.now())))
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("booking.slot-taken"));
      assertThat(bookings.findById(saved.id())).contains(saved);
      Booking movedElsewhere = bookings.save(saved.reschedule(slot("16:00"), widened(slot("16:00")),
          Optional.empty(), fixtures.now()));
      assertThat(movedElsewhere.version()).isEqualTo(new Version(2));
    }

    @Test
    void a_failed_save_inside_a_transaction_writes_nothing_and_leaves_the_transaction_usable() {
      Booking first = held(recruiter, "10:00");
      Booking overlapping = held(recruiter, "10:30");
      Booking later = held(recruiter, "12:00");

      String outcome = persistence.transactions().inTransaction(() -> {
        bookings.save(first);
        String code;
        try {
          bookings.save(overlapping);
          code = LedgerRace.SAVED;
        } catch (ConflictException e) {
          code = e.code();
        }
        bookings.save(later);
        return code;
      });

      assertThat(outcome).isEqualTo("booking.slot-taken");
      assertThat(bookings.findById(overlapping.id())).isEmpty();
      assertThat(bookings.findHolding(recruiter, DAY, DAY.plus(Duration.ofDays(1))))
          .extracting(Booking::id).containsExactly(first.id(), later.id());
    }

    @Test
    void a_failed_save_leaves_nothing_when_the_outer_transaction_rolls_back() {
      Booking first = held(recruiter, "10:00");
      Booking overlapping = held(recruiter, "10:30");
      IllegalStateException failure = new IllegalStateException("the caller gives up");

      assertThatThrownBy(() -> persistence.transactions().run(() -> {
        bookings.save(first);
        assertThatThrownBy(() -> bookings.save(overlapping)).isInstanceOf(ConflictException.class);
        throw failure;
      })).isSameAs(failure);

      assertThat(bookings.findById(first.id())).isEmpty();
      assertThat(bookings.findById(overlapping.id())).isEmpty();
      assertThat(bookings.save(overlapping).version()).isEqualTo(new Version(1));
    }

    @Test
    void sees_a_booking_saved_earlier_in_the_same_transaction() {
      Booking first = held(recruiter, "10:00");

      assertThatThrownBy(() -> persistence.transactions().run(() -> {
        bookings.save(first);
        bookings.save(held(recruiter, "10:30"));
      })).isInstanceOfSatisfying(ConflictException.class,
          e -> assertThat(e.code()).isEqualTo("booking.slot-taken"));

      assertThat(bookings.findById(first.id())).isEmpty();
    }

    @Test
    void of_fifty_concurrent_saves_of_overlapping_ranges_exactly_one_is_stored() throws Exception {
      List<Booking> contenders = LedgerRace.contenders(fixtures, recruiter, at("10:00"), 50);

      List<String> outcomes = LedgerRace.run(contenders, List.of(bookings));

      assertThat(outcomes).containsOnlyOnce(LedgerRace.SAVED).containsOnly(LedgerRace.SAVED, "booking.slot-taken");
      Booking winner = contenders.get(outcomes.indexOf(LedgerRace.SAVED));
      assertThat(bookings.findHolding(recruiter, DAY, DAY.plus(Duration.ofDays(1))))
          .extracting(Booking::id).containsExactly(winner.id());
      for (Booking contender : contenders) {
        assertThat(bookings.findById(contender.id()).isPresent()).isEqualTo(contender == winner);
      }
    }

    @Test
    void concurrent_saves_of_ranges_that_do_not_overlap_all_succeed() throws Exception {
      List<Booking> separate = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        separate.add(held(recruiter, String.format("%02d:00", 6 + i)));
      }

      List<String> outcomes = LedgerRace.run(separate, List.of(bookings));

      assertThat(outcomes).containsOnly(LedgerRace.SAVED);
      assertThat(bookings.findHolding(recruiter, DAY, DAY.plus(Duration.ofDays(1)))).hasSize(12);
    }
  }

  // builders

  /** {@code hh:mm} on {@link #DAY}, UTC. */
  protected static Instant at(String time) {
    return DAY.plus(Duration.between(LocalTime.MIDNIGHT, LocalTime.parse(time)));
  }

  /** The 45-minute slot whose held range starts at {@code heldStart}. */
  protected static Interval slot(String heldStart) {
    return Interval.of(at(heldStart).plus(BEFORE), Duration.ofMinutes(45));
  }

  protected static Interval widened(Interval slot) {
    return new Interval(slot.start().minus(BEFORE), slot.end().plus(AFTER));
  }

  private static BookingSearch everything(RecruiterId recruiterId) {
    return new BookingSearch(recruiterId, EnumSet.allOf(BookingStatus.class), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /** A booking link nobody has used: pending, no slot. */
  protected Booking pending(RecruiterId recruiterId) {
    return Booking.request(new BookingId(fixtures.uuid()), recruiterId, new ProfileId(fixtures.uuid()),
        Optional.empty(), "manual", 45, ZoneId.of("Europe/London"),
        Optional.of(fixtures.now().plus(Duration.ofDays(14))), fixtures.now());
  }

  /** A confirmed booking held from {@code heldStart} for one hour. */
  protected Booking held(RecruiterId recruiterId, String heldStart) {
    return held(recruiterId, heldStart, fixtures.uuid());
  }

  private Booking held(RecruiterId recruiterId, String heldStart, UUID id) {
    Interval slot = slot(heldStart);
    return Booking.request(new BookingId(id), recruiterId, new ProfileId(fixtures.uuid()), Optional.empty(),
        "manual", 45, ZoneId.of("America/New_York"), Optional.empty(), fixtures.now())
        .confirm(slot, widened(slot), fixtures.now());
  }

  /** A confirmed booking with the given slot and held range. */
  private Booking booking(RecruiterId recruiterId, Interval slot, Interval held) {
    return Booking.request(new BookingId(fixtures.uuid()), recruiterId, new ProfileId(fixtures.uuid()),
        Optional.empty(), "manual", (int) slot.duration().toMinutes(), ZoneId.of("Asia/Kolkata"), Optional.empty(),
        fixtures.now()).confirm(slot, held, fixtures.now());
  }

  /** A pending booking that already has a slot (a provider reported it, not yet confirmed): it holds its range. */
  private Booking pendingHolding(RecruiterId recruiterId, String heldStart) {
    Interval slot = slot(heldStart);
    return new Booking(new BookingId(fixtures.uuid()), recruiterId, new ProfileId(fixtures.uuid()),
        Optional.empty(), Optional.empty(), "calendly", 45, ZoneId.of("Europe/Berlin"), BookingStatus.PENDING,
        Optional.of(slot), Optional.of(widened(slot)), List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), fixtures.now(), fixtures.now(), Version.initial());
  }
}
