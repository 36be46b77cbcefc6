package dev.hireloop.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.scheduling.Availability;
import dev.hireloop.domain.scheduling.DateOverride;
import dev.hireloop.domain.scheduling.LocalTimeRange;
import dev.hireloop.domain.scheduling.RecruiterAvailability;
import dev.hireloop.domain.scheduling.WorkingHours;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.testing.Fixtures;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AvailabilityRepository} promises. Subclasses return an isolated, empty store. */
public abstract class AvailabilityRepositoryContract {
  protected final Fixtures fixtures = new Fixtures();
  private AvailabilityRepository availabilities;

  /** A new, empty store for each test. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void createStore() {
    availabilities = newPersistence().availabilities();
  }

  @Test
  void returns_empty_for_a_recruiter_who_never_saved_one() {
    assertThat(availabilities.findByRecruiter(fixtures.recruiterId())).isEmpty();
  }

  @Test
  void stores_the_standard_availability_as_version_one_and_reads_it_back_equal() {
    RecruiterAvailability standard = RecruiterAvailability.standard(fixtures.recruiterId(),
        ZoneId.of("Europe/London"), fixtures.now());

    RecruiterAvailability saved = availabilities.save(standard);

    assertThat(saved).isEqualTo(standard.withVersion(new Version(1)));
    assertThat(availabilities.findByRecruiter(standard.recruiterId())).contains(saved);
  }

  @Test
  void round_trips_every_setting() {
    Map<DayOfWeek, List<LocalTimeRange>> days = new EnumMap<>(DayOfWeek.class);
    days.put(DayOfWeek.MONDAY, List.of(LocalTimeRange.of("08:30", "12:00"), LocalTimeRange.of("13:00", "17:45")));
    days.put(DayOfWeek.WEDNESDAY, List.of(LocalTimeRange.of("00:00", "06:00"),
        new LocalTimeRange(LocalTime.of(18, 0), LocalTime.MAX)));
    days.put(DayOfWeek.SATURDAY, List.of(new LocalTimeRange(LocalTime.parse("09:00:30"),
        LocalTime.parse("10:15:45.123456789"))));
    List<DateOverride> overrides = List.of(
        DateOverride.dayOff(LocalDate.parse("2030-03-10")),
        DateOverride.replace(LocalDate.parse("2030-03-31"), LocalTimeRange.of("01:30", "03:30")),
        DateOverride.extra(LocalDate.parse("2030-11-03"), LocalTimeRange.of("18:00", "19:00"),
            LocalTimeRange.of("20:00", "21:30")));
    Availability settings = new Availability(ZoneId.of("America/St_Johns"), new WorkingHours(days), overrides,
        Duration.ofMinutes(15), Duration.parse("PT7M30.5S"), Duration.ofHours(36), true, 90, Duration.ofMinutes(20),
        OptionalInt.of(4), OptionalInt.of(12));
    RecruiterAvailability availability = new RecruiterAvailability(fixtures.recruiterId(), settings,
        fixtures.now(), fixtures.now().plusSeconds(5), Version.initial());

    RecruiterAvailability saved = availabilities.save(availability);

    RecruiterAvailability read = availabilities.findByRecruiter(availability.recruiterId()).orElseThrow();
    assertThat(read).isEqualTo(saved);
    assertThat(read.availability()).isEqualTo(settings);
    assertThat(read.availability().weeklyHours().on(DayOfWeek.WEDNESDAY).get(1).end()).isEqualTo(LocalTime.MAX);
  }

  @Test
  void keeps_zones_with_daylight_saving_and_odd_offsets() {
    for (String zone : List.of("America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata",
        "America/St_Johns", "Asia/Kathmandu", "UTC", "+05:45")) {
      RecruiterAvailability availability = RecruiterAvailability.standard(fixtures.recruiterId(), ZoneId.of(zone),
          fixtures.now());

      availabilities.save(availability);

      assertThat(availabilities.findByRecruiter(availability.recruiterId()).orElseThrow().availability().zone())
          .isEqualTo(ZoneId.of(zone));
    }
  }

  @Test
  void an_update_stores_the_next_version_with_its_overrides() {
    RecruiterAvailability saved = availabilities.save(RecruiterAvailability.standard(fixtures.recruiterId(),
        ZoneId.of("Australia/Sydney"), fixtures.now()));
    RecruiterAvailability withOverride = availabilities.save(saved.putOverride(
        DateOverride.dayOff(LocalDate.parse("2030-04-06")), fixtures.now().plusSeconds(60)));
    RecruiterAvailability changed = availabilities.save(withOverride.update(
        Availability.standard(ZoneId.of("Australia/Sydney")).withBuffers(Duration.ofMinutes(5), Duration.ZERO)
            .withLimits(OptionalInt.empty(), OptionalInt.of(3)), fixtures.now().plusSeconds(120)));

    assertThat(withOverride.version()).isEqualTo(new Version(2));
    assertThat(changed.version()).isEqualTo(new Version(3));
    RecruiterAvailability read = availabilities.findByRecruiter(saved.recruiterId()).orElseThrow();
    assertThat(read).isEqualTo(changed);
    assertThat(read.availability().overrides()).containsExactly(DateOverride.dayOff(LocalDate.parse("2030-04-06")));
    assertThat(read.availability().maxPerDay()).isEmpty();
    assertThat(read.availability().maxPerWeek()).hasValue(3);
    assertThat(read.createdAt()).isEqualTo(saved.createdAt());
  }

  @Test
  void stores_instants_truncated_to_microseconds() {
    Instant withNanos = Instant.parse("2030-01-15T09:00:00.123456789Z");
    RecruiterAvailability availability = RecruiterAvailability.standard(fixtures.recruiterId(), ZoneId.of("UTC"),
        withNanos);

    RecruiterAvailability saved = availabilities.save(availability);

    assertThat(saved.createdAt()).isEqualTo(withNanos.truncatedTo(ChronoUnit.MICROS));
    assertThat(saved.updatedAt()).isEqualTo(withNanos.truncatedTo(ChronoUnit.MICROS));
    assertThat(availabilities.findByRecruiter(availability.recruiterId())).contains(saved);
  }

  @Test
  void rejects_a_stale_write() {
    RecruiterAvailability saved = availabilities.save(RecruiterAvailability.standard(fixtures.recruiterId(),
        ZoneId.of("Europe/London"), fixtures.now()));
    RecruiterAvailability current = availabilities.save(saved.putOverride(
        DateOverride.dayOff(LocalDate.parse("2030-02-01")), fixtures.now()));

    assertThatThrownBy(() -> availabilities.save(saved.putOverride(
        DateOverride.dayOff(LocalDate.parse("2030-02-02")), fixtures.now())))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("availability.stale"));
    assertThat(availabilities.findByRecruiter(saved.recruiterId())).contains(current);
  }

  @Test
  void rejects_an_update_of_an_availability_that_was_never_stored() {
    RecruiterAvailability neverStored = RecruiterAvailability.standard(fixtures.recruiterId(),
        ZoneId.of("Europe/London"), fixtures.now()).withVersion(new Version(2));

    assertThatThrownBy(() -> availabilities.save(neverStored))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("availability.stale"));
    assertThat(availabilities.findByRecruiter(neverStored.recruiterId())).isEmpty();
  }

  @Test
  void rejects_a_second_new_availability_for_the_same_recruiter() {
    RecruiterId recruiter = fixtures.recruiterId();
    RecruiterAvailability first = availabilities.save(RecruiterAvailability.standard(recruiter,
        ZoneId.of("Europe/London"), fixtures.now()));

    assertThatThrownBy(() -> availabilities.save(RecruiterAvailability.standard(recruiter,
        ZoneId.of("Asia/Kolkata"), fixtures.now())))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("availability.stale"));
    assertThat(availabilities.findByRecruiter(recruiter)).contains(first);
  }

  @Test
  void keeps_each_recruiters_availability_apart() {
    RecruiterAvailability london = availabilities.save(RecruiterAvailability.standard(fixtures.recruiterId(),
        ZoneId.of("Europe/London"), fixtures.now()));
    RecruiterAvailability kolkata = availabilities.save(RecruiterAvailability.standard(fixtures.recruiterId(),
        ZoneId.of("Asia/Kolkata"), fixtures.now()));

    assertThat(availabilities.findByRecruiter(london.recruiterId())).contains(london);
    assertThat(availabilities.findByRecruiter(kolkata.recruiterId())).contains(kolkata);
  }

  @Test
  void of_concurrent_first_saves_for_one_recruiter_exactly_one_wins() throws Exception {
    RecruiterId recruiter = fixtures.recruiterId();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> outcomes = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        RecruiterAvailability availability = RecruiterAvailability.standard(recruiter, ZoneId.of("Europe/London"),
            fixtures.now()).update(Availability.standard(ZoneId.of("Europe/London")).withWindowDays(10 + i),
            fixtures.now());
        outcomes.add(pool.submit(() -> {
          start.await();
          try {
            availabilities.save(availability);
            return "saved";
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
      assertThat(results).containsOnlyOnce("saved").containsOnly("saved", "availability.stale");
      assertThat(availabilities.findByRecruiter(recruiter).map(RecruiterAvailability::version))
          .isEqualTo(Optional.of(new Version(1)));
    } finally {
      pool.shutdownNow();
    }
  }
}
