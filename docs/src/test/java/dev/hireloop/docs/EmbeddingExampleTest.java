package dev.hireloop.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.adapter.out.persistence.jdbi.HireloopSchema;
import dev.hireloop.adapter.out.persistence.jdbi.JdbiPersistence;
import dev.hireloop.application.Hireloop;
import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.JobStatus;
import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.port.in.job.CreateJobCommand;
import dev.hireloop.port.in.job.JobView;
import dev.hireloop.port.in.profile.ChangeProfileStatusCommand;
import dev.hireloop.port.in.profile.CreateProfileCommand;
import dev.hireloop.port.in.profile.ListProfilesQuery;
import dev.hireloop.port.in.profile.ProfileView;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.in.recruiter.RecruiterView;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The README's "Embed it" snippet, compiled and run. The lines between the markers are copied into README.md
 * verbatim; {@link SnippetsTest} fails when the two drift apart.
 */
class EmbeddingExampleTest {

  @Test
  void embeds_hireloop_on_an_h2_data_source() {
    // embedding-example:start
    // The DataSource is yours (pooled in production); H2 here, in PostgreSQL mode.
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:embedding;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");

    // You decide when Hireloop's tables are created or upgraded: schema "hireloop", own history table.
    HireloopSchema.migrate(dataSource, "hireloop");

    Hireloop hireloop = Hireloop.builder()
        .persistence(JdbiPersistence.create(dataSource, "hireloop"))
        .build();

    RecruiterView recruiter = hireloop.createRecruiter().create(new CreateRecruiterCommand(
        "Ada Recruiter", Email.of("ada@example.com"), ZoneId.of("Europe/London")));

    JobView job = hireloop.createJob().create(new CreateJobCommand(recruiter.id(),
        JobDetails.minimal("Backend engineer", "Java 17, PostgreSQL, a calm on-call rota."), true));

    ProfileView profile = hireloop.createProfile().create(new CreateProfileCommand(recruiter.id(),
        ProfileDetails.named("Grace Candidate"), ProfileSource.MANUAL));

    ProfileView contacted = hireloop.changeProfileStatus().change(new ChangeProfileStatusCommand(
        recruiter.id(), profile.id(), PipelineStatus.CONTACTED, Optional.of("intro-call"), Optional.empty()));
    // embedding-example:end

    assertThat(job.status()).isEqualTo(JobStatus.OPEN);
    assertThat(contacted.status()).isEqualTo(PipelineStatus.CONTACTED);
    assertThat(contacted.version()).isGreaterThan(profile.version());
    List<ProfileView> listed = hireloop.listProfiles().list(new ListProfilesQuery(recruiter.id(),
        Set.of(PipelineStatus.CONTACTED), List.of(), Optional.empty(), PageRequest.first(20))).items();
    assertThat(listed).extracting(ProfileView::id).containsExactly(profile.id());
  }
}
