package dev.hireloop.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.adapter.out.persistence.jdbi.HireloopSchema;
import dev.hireloop.adapter.out.persistence.jdbi.JdbiPersistence;
import dev.hireloop.adapter.out.persistence.scheduler.DbSchedulerEventDispatcher;
import dev.hireloop.adapter.out.persistence.scheduler.EventDispatcherOptions;
import dev.hireloop.application.Hireloop;
import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.profile.ProfileStatusChanged;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.port.in.profile.ChangeProfileStatusCommand;
import dev.hireloop.port.in.profile.CreateProfileCommand;
import dev.hireloop.port.in.profile.ProfileView;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.in.recruiter.RecruiterView;
import dev.hireloop.port.out.events.EventHandler;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The event-handler snippet of docs/embedding.md, compiled and run: a handler registered on the builder, and the
 * db-scheduler dispatcher delivering to it. {@link SnippetsTest} checks the copy in the document.
 */
class EventHandlerExampleTest {

  @Test
  void a_registered_handler_receives_the_status_change_through_the_dispatcher() throws InterruptedException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:handler-example;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    HireloopSchema.migrate(dataSource, "hireloop");
    JdbiPersistence persistence = JdbiPersistence.create(dataSource, "hireloop");
    List<PipelineStatus> seen = new CopyOnWriteArrayList<>();
    CountDownLatch delivered = new CountDownLatch(1);

    // handler-example:start
    EventHandler onStatusChange = new EventHandler() {
      @Override
      public String name() {
        return "example.on-status-change";   // stable: part of the (event, handler) idempotency key
      }

      @Override
      public boolean handles(DomainEvent event) {
        return event instanceof ProfileStatusChanged;
      }

      @Override
      public void handle(DomainEvent event) {
        // Runs in a transaction with the handler's processed mark; redeliveries of a done pair are skipped.
        seen.add(((ProfileStatusChanged) event).to());
        delivered.countDown();
      }
    };

    Hireloop hireloop = Hireloop.builder()
        .persistence(persistence)
        .eventHandler(onStatusChange)
        .build();

    // One dispatcher per node; db-scheduler coordinates the nodes through <schema>.scheduled_tasks.
    DbSchedulerEventDispatcher dispatcher = new DbSchedulerEventDispatcher(dataSource, "hireloop",
        hireloop.eventHandlers(), persistence.eventOutbox(), hireloop.deliverEvent(),
        hireloop.recordDeadLetter(), hireloop.sendQueuedEmails(), hireloop.sendBookingReminder(), hireloop.clock(),
        EventDispatcherOptions.defaults().withSchedulerName("node-1"));
    dispatcher.start();
    // handler-example:end

    try {
      RecruiterView recruiter = hireloop.createRecruiter().create(new CreateRecruiterCommand(
          "Ada Recruiter", Email.of("ada@example.com"), ZoneId.of("Europe/London")));
      ProfileView profile = hireloop.createProfile().create(new CreateProfileCommand(recruiter.id(),
          ProfileDetails.named("Grace Candidate"), ProfileSource.MANUAL));
      hireloop.changeProfileStatus().change(new ChangeProfileStatusCommand(recruiter.id(), profile.id(),
          PipelineStatus.CONTACTED, Optional.empty(), Optional.empty()));

      // A generous bound so a slow, shared machine cannot fail it; delivery normally takes one poll (500 ms).
      assertThat(delivered.await(60, TimeUnit.SECONDS)).isTrue();
      assertThat(seen).containsExactly(PipelineStatus.CONTACTED);
    } finally {
      dispatcher.close();
    }
  }
}
