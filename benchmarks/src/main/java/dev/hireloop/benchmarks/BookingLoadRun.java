package dev.hireloop.benchmarks;

import dev.hireloop.adapter.in.http.HttpApi;
import dev.hireloop.adapter.in.http.HttpSettings;
import dev.hireloop.application.Hireloop;
import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.scheduling.Availability;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.scheduling.InterviewTemplate;
import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.scheduling.LocalTimeRange;
import dev.hireloop.domain.scheduling.Slot;
import dev.hireloop.domain.scheduling.WorkingHours;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.profile.CreateProfileCommand;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.in.scheduling.CreateBookingLinkCommand;
import dev.hireloop.port.in.scheduling.ListSlotsQuery;
import dev.hireloop.port.in.scheduling.UpdateAvailabilityCommand;
import io.javalin.Javalin;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A load run of the candidate's booking endpoint ({@code POST /scheduling/links/{token}/book}) through the real
 * HTTP server, on the H2 file database and on PostgreSQL.
 *
 * <p>Two phases per backend, measured in the same run: <b>contended</b> — every slot is requested by
 * {@code contention} candidates at once (each with their own booking link), so exactly one may win and the rest
 * must get 409 with alternatives; and the <b>uncontended baseline</b> — one candidate per slot, for another
 * recruiter. Afterwards the store is checked for double bookings (two holding bookings of one recruiter whose held
 * ranges overlap), which must be zero, and for exactly one confirmed booking per slot.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.hireloop.benchmarks.BookingLoadRun
 *     [--backends h2-file,postgres] [--clients 16] [--slots 150] [--contention 8]</pre>
 */
public final class BookingLoadRun {
  private static final ZoneId ZONE = ZoneId.of("Europe/London");
  private static final int DURATION_MINUTES = 30;
  private static final int POOL_SIZE = 10;
  private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

  private final int clients;
  private final int slots;
  private final int contention;
  private final HttpClient http;

  private BookingLoadRun(int clients, int slots, int contention) {
    this.clients = clients;
    this.slots = slots;
    this.contention = contention;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  public static void main(String[] args) throws Exception {
    List<String> backends = new ArrayList<>(List.of("h2-file", "postgres"));
    int clients = 16;
    int slots = 150;
    int contention = 8;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--backends" -> backends = Arrays.asList(args[i + 1].split(","));
        case "--clients" -> clients = Integer.parseInt(args[i + 1]);
        case "--slots" -> slots = Integer.parseInt(args[i + 1]);
        case "--contention" -> contention = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    BookingLoadRun run = new BookingLoadRun(clients, slots, contention);
    PrintStream out = System.out;
    out.printf(Locale.ROOT, "# booking load run: %d client threads, %d slots, %d candidates per contended slot%n",
        clients, slots, contention);
    out.println("| backend | phase | requests | 201 | 409 | other | requests/s | bookings/s | p50 ms | p99 ms"
        + " | double bookings | ratio (requests/s vs uncontended) |");
    out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    boolean failed = false;
    for (String label : backends) {
      Backend backend = Backend.byLabel(label);
      if (backend == Backend.POSTGRES && Backend.skipReason().isPresent()) {
        out.println("# " + Backend.skipReason().get());
        continue;
      }
      failed |= run.measure(backend, out);
    }
    if (failed) {
      System.exit(1);
    }
  }

  /** Both phases on one backend; true when an invariant broke. */
  private boolean measure(Backend backend, PrintStream out) throws Exception {
    try (Backend.Opened store = backend.open(POOL_SIZE)) {
      Hireloop hireloop = Hireloop.builder().persistence(store.persistence())
          .clock(CLOCK).build();
      Javalin app = HttpApi.create(hireloop, new HttpSettings(() -> true, 64 * 1024, () -> { })).start(0);
      try {
        String base = "http://localhost:" + app.port();
        Phase uncontended = prepare(hireloop, "baseline", 1);
        Phase contended = prepare(hireloop, "contended", contention);
        // warm-up: JIT, pools and caches, on a third recruiter whose bookings are not counted
        run(base, prepare(hireloop, "warmup", 2));
        Result baseline = run(base, uncontended);
        Result result = run(base, contended);
        long baselineDoubles = doubleBookings(hireloop, uncontended.recruiter);
        long doubles = doubleBookings(hireloop, contended.recruiter);
        print(out, backend, "uncontended", baseline, baselineDoubles, baseline);
        print(out, backend, "contended ×" + contention, result, doubles, baseline);
        boolean broken = doubles != 0 || baselineDoubles != 0 || result.created != slots
            || baseline.created != slots || result.other != 0 || baseline.other != 0;
        if (broken) {
          out.println("# INVARIANT BROKEN on " + backend.label() + ": every slot must be booked exactly once, "
              + "losers must get 409, and no two bookings may overlap");
        }
        return broken;
      } finally {
        app.stop();
      }
    }
  }

  private record Phase(RecruiterId recruiter, List<Slot> slots, List<String> tokens, int perSlot) {}

  private record Result(int requests, int created, int conflicts, int other, double seconds, long[] latencies) {}

  /** A recruiter open every day 06:00–22:00, the first {@code slots} slots, and {@code perSlot} links per slot. */
  private Phase prepare(Hireloop hireloop, String name, int perSlot) {
    RecruiterId recruiter = hireloop.createRecruiter().create(new CreateRecruiterCommand("Load " + name,
        Email.of(name + "@load.example"), ZONE)).id();
    Availability settings = Availability.standard(ZONE)
        .withWeeklyHours(WorkingHours.everyDay(LocalTimeRange.of("06:00", "22:00")))
        .withSlotStep(Duration.ofMinutes(DURATION_MINUTES))
        .withWindowDays(120);
    hireloop.updateAvailability().update(new UpdateAvailabilityCommand(recruiter, settings, Optional.empty()));
    EventTypeId thirtyMinutes = hireloop.createEventType().create(recruiter, new InterviewTemplate(
        "30-minute call", Duration.ofMinutes(DURATION_MINUTES), "", LocationKind.VIDEO, "")).id();
    LocalDate first = LocalDate.now(CLOCK.withZone(ZONE)).plusDays(1);
    List<Slot> offered = new ArrayList<>();
    for (LocalDate from = first; offered.size() < slots && from.isBefore(first.plusDays(settings.windowDays()));
        from = from.plusDays(ListSlotsQuery.MAX_DAYS)) {
      offered.addAll(hireloop.listSlots().list(new ListSlotsQuery(recruiter, Optional.of(thirtyMinutes), from,
          from.plusDays(ListSlotsQuery.MAX_DAYS - 1L), ZONE)).slots());
    }
    if (offered.size() < slots) {
      throw new IllegalArgumentException("only " + offered.size() + " slots in the booking window; ask for fewer");
    }
    List<Slot> chosen = offered.subList(0, slots);
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < slots * perSlot; i++) {
      ProfileId profile = hireloop.createProfile().create(new CreateProfileCommand(recruiter,
          new ProfileDetails("Candidate " + i, Optional.of(Email.of(name + i + "@load.example")), Optional.empty(),
              Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty()),
          ProfileSource.MANUAL)).id();
      tokens.add(hireloop.createBookingLink().create(new CreateBookingLinkCommand(recruiter, profile,
          Optional.of(DURATION_MINUTES), "manual", ZONE, Optional.of(thirtyMinutes))).token());
    }
    return new Phase(recruiter, List.copyOf(chosen), tokens, perSlot);
  }

  /**
   * Submits the requests slot by slot, so the {@code perSlot} requests of one slot run at the same moment on the
   * client threads; returns counts and every request's latency.
   */
  private Result run(String base, Phase phase) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      long started = System.nanoTime();
      for (int i = 0; i < phase.tokens.size(); i++) {
        Slot slot = phase.slots.get(i / phase.perSlot);
        String token = phase.tokens.get(i);
        futures.add(pool.submit(() -> book(base, token, slot.start())));
      }
      int created = 0;
      int conflicts = 0;
      int other = 0;
      long[] latencies = new long[futures.size()];
      for (int i = 0; i < futures.size(); i++) {
        long[] outcome = futures.get(i).get();
        latencies[i] = outcome[1];
        switch ((int) outcome[0]) {
          case 201 -> created++;
          case 409 -> conflicts++;
          default -> other++;
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      Arrays.sort(latencies);
      return new Result(futures.size(), created, conflicts, other, seconds, latencies);
    } finally {
      pool.shutdown();
    }
  }

  private long[] book(String base, String token, Instant start) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/scheduling/links/" + token + "/book"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"start\":\"" + start + "\"}"))
        .build();
    long begin = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    long elapsed = System.nanoTime() - begin;
    if (response.statusCode() == 409 && !response.body().contains("\"booking.slot-")) {
      System.err.println("409 other than slot-taken/unavailable: " + response.body());
    }
    if (elapsed > 1_000_000_000L) {
      System.err.println("slow request " + elapsed / 1_000_000 + " ms: " + response.statusCode() + " "
          + response.body());
    }
    return new long[] {response.statusCode(), elapsed};
  }

  /** Pairs of the recruiter's holding bookings whose held ranges overlap: the count that must be zero. */
  private static long doubleBookings(Hireloop hireloop, RecruiterId recruiter) {
    Instant now = CLOCK.instant();
    List<Interval> held = hireloop.persistence().bookings()
        .findHolding(recruiter, now.minus(1, ChronoUnit.DAYS), now.plus(400, ChronoUnit.DAYS)).stream()
        .map(Booking::held).flatMap(Optional::stream)
        .sorted((a, b) -> a.start().compareTo(b.start())).toList();
    long overlaps = 0;
    for (int i = 0; i < held.size(); i++) {
      for (int j = i + 1; j < held.size() && held.get(j).start().isBefore(held.get(i).end()); j++) {
        overlaps++;
      }
    }
    return overlaps;
  }

  private static void print(PrintStream out, Backend backend, String phase, Result result, long doubles,
      Result baseline) {
    double requestsPerSecond = result.requests / result.seconds;
    double baselineRate = baseline.requests / baseline.seconds;
    out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %.0f | %.0f | %.1f | %.1f | %d | %.2f |%n",
        backend.label(), phase, result.requests, result.created, result.conflicts, result.other, requestsPerSecond,
        result.created / result.seconds, percentile(result.latencies, 0.50), percentile(result.latencies, 0.99),
        doubles, requestsPerSecond / baselineRate);
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
