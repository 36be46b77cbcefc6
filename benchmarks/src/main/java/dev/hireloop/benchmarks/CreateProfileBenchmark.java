package dev.hireloop.benchmarks;

import dev.hireloop.application.Hireloop;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.port.in.profile.CreateProfileCommand;
import dev.hireloop.port.in.profile.ProfileView;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The create-profile use case through {@link Hireloop}: validation, the e-mail uniqueness lookup, the insert,
 * the outbox event and the audit entry in one transaction. Runs on every backend; {@link BenchmarkMain} reports
 * each backend's throughput as a ratio against in-memory measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CreateProfileBenchmark {
  @Param({"memory", "h2-mem", "h2-file", "postgres"})
  public String backend;

  private final AtomicLong sequence = new AtomicLong();
  private Backend.Opened store;
  private Hireloop hireloop;
  private RecruiterId recruiterId;

  @Setup(Level.Trial)
  public void open() {
    store = Backend.byLabel(backend).open();
    hireloop = Hireloop.builder().persistence(store.persistence()).build();
    recruiterId = hireloop.createRecruiter().create(new CreateRecruiterCommand("Benchmark Recruiter",
        Email.of("recruiter@bench.example"), ZoneId.of("Europe/London"))).id();
  }

  @TearDown(Level.Trial)
  public void close() {
    if (store != null) {
      store.close();
    }
  }

  @Benchmark
  public ProfileView createProfile() {
    long n = sequence.incrementAndGet();
    ProfileDetails details = new ProfileDetails("Candidate " + n,
        Optional.of(Email.of("candidate" + n + "@bench.example")), Optional.of("+44 20 7946 0000"),
        Optional.of("London, UK"), Optional.of("Backend engineer"), Optional.empty(),
        List.of(Skill.of("Java"), Skill.of("PostgreSQL"), Skill.of("Kubernetes")), Optional.of(7),
        Optional.of(ZoneId.of("Europe/London")));
    return hireloop.createProfile().create(new CreateProfileCommand(recruiterId, details, ProfileSource.MANUAL));
  }
}
