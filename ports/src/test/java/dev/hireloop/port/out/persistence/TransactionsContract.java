package dev.hireloop.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.job.Job;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.testing.Fixtures;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Transactions} promises, together with the repositories and the outbox of the same
 * {@link Persistence}. Subclasses return an isolated, empty store.
 */
public abstract class TransactionsContract {
  protected final Fixtures fixtures = new Fixtures();
  private Persistence persistence;
  private Transactions transactions;

  /** A new, empty store for each test. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void createStore() {
    persistence = newPersistence();
    transactions = persistence.transactions();
  }

  @Test
  void commits_repository_writes_and_outbox_appends_together_and_returns_the_result() {
    Recruiter recruiter = fixtures.recruiter();
    DomainEvent created = fixtures.recruiterCreated(recruiter.id());

    Recruiter saved = transactions.inTransaction(() -> {
      Recruiter stored = persistence.recruiters().save(recruiter);
      persistence.eventOutbox().append(List.of(created));
      return stored;
    });

    assertThat(saved.version()).isEqualTo(new Version(1));
    assertThat(persistence.recruiters().findById(recruiter.id())).contains(saved);
    assertThat(persistence.eventOutbox().find(created.eventId())).isPresent();
  }

  @Test
  void rolls_back_repository_writes_and_outbox_appends_and_rethrows_the_same_exception() {
    Recruiter recruiter = fixtures.recruiter();
    Job job = fixtures.job(recruiter.id());
    List<DomainEvent> events = fixtures.someEvents(recruiter.id());
    IllegalStateException failure = new IllegalStateException("handler failed");

    assertThatThrownBy(() -> transactions.run(() -> {
      persistence.recruiters().save(recruiter);
      persistence.jobs().save(job);
      persistence.auditLog().append(fixtures.auditEntry(recruiter.id()));
      persistence.eventOutbox().append(events);
      persistence.eventDeliveries().markProcessed(events.get(0).eventId(), "rule", fixtures.now());
      throw failure;
    })).isSameAs(failure);

    assertThat(persistence.recruiters().findById(recruiter.id())).isEmpty();
    assertThat(persistence.jobs().findById(job.id())).isEmpty();
    assertThat(persistence.auditLog().list(recruiter.id(), PageRequest.first(5)).total()).isZero();
    assertThat(persistence.eventOutbox().fetchUndispatched(10)).isEmpty();
    assertThat(persistence.eventOutbox().find(events.get(0).eventId())).isEmpty();
    assertThat(persistence.eventDeliveries().isProcessed(events.get(0).eventId(), "rule")).isFalse();
  }

  @Test
  void rolls_back_an_update_to_the_stored_version() {
    Recruiter saved = persistence.recruiters().save(fixtures.recruiter());

    assertThatThrownBy(() -> transactions.run(() -> {
      persistence.recruiters().save(saved.disable(fixtures.now()));
      throw new IllegalArgumentException("undo");
    })).isInstanceOf(IllegalArgumentException.class);

    assertThat(persistence.recruiters().findById(saved.id())).contains(saved);
    assertThat(persistence.recruiters().save(saved.disable(fixtures.now())).version()).isEqualTo(new Version(2));
  }

  @Test
  void a_nested_call_joins_the_outer_transaction_and_commits_with_it() {
    Recruiter outer = fixtures.recruiter();
    Recruiter inner = fixtures.recruiter();

    transactions.run(() -> {
      persistence.recruiters().save(outer);
      Recruiter seenInside = transactions.inTransaction(() -> {
        persistence.recruiters().save(inner);
        return persistence.recruiters().findById(outer.id()).orElseThrow();
      });
      assertThat(seenInside.id()).isEqualTo(outer.id());
      assertThat(persistence.recruiters().findById(inner.id())).isPresent();
    });

    assertThat(persistence.recruiters().count()).isEqualTo(2);
  }

  @Test
  void a_nested_call_that_succeeded_is_rolled_back_with_the_outer_transaction() {
    Recruiter inner = fixtures.recruiter();
    DomainEvent event = fixtures.recruiterCreated(inner.id());

    assertThatThrownBy(() -> transactions.run(() -> {
      transactions.run(() -> {
        persistence.recruiters().save(inner);
        persistence.eventOutbox().append(List.of(event));
      });
      throw new IllegalStateException("outer fails after the inner call returned");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(persistence.recruiters().findById(inner.id())).isEmpty();
    assertThat(persistence.eventOutbox().find(event.eventId())).isEmpty();
  }

  @Test
  void an_exception_from_a_nested_call_reaches_the_caller_unchanged() {
    UnsupportedOperationException failure = new UnsupportedOperationException("inner");

    assertThatThrownBy(() -> transactions.run(() -> transactions.run(() -> {
      throw failure;
    }))).isSameAs(failure);
  }

  @Test
  void a_conflict_inside_a_transaction_leaves_it_usable() {
    Recruiter first = persistence.recruiters().save(fixtures.recruiter());
    Recruiter sameEmail = fixtures.recruiter(first.email());
    Recruiter other = fixtures.recruiter();

    boolean conflicted = transactions.inTransaction(() -> {
      boolean caught = false;
      try {
        persistence.recruiters().save(sameEmail);
      } catch (ConflictException e) {
        caught = true;
      }
      persistence.recruiters().save(other);
      return caught;
    });

    assertThat(conflicted).isTrue();
    assertThat(persistence.recruiters().findById(sameEmail.id())).isEmpty();
    assertThat(persistence.recruiters().findById(other.id())).isPresent();
  }

  @Test
  void other_threads_never_see_writes_that_are_rolled_back() throws Exception {
    Recruiter recruiter = fixtures.recruiter();
    CountDownLatch written = new CountDownLatch(1);
    CompletableFuture<Optional<Recruiter>> readElsewhere = new CompletableFuture<>();

    assertThatThrownBy(() -> transactions.run(() -> {
      persistence.recruiters().save(recruiter);
      written.countDown();
      Thread reader = new Thread(() -> readElsewhere.complete(persistence.recruiters().findById(recruiter.id())));
      reader.start();
      try {
        // the reader may return at once (it must not see the write) or wait until this transaction ends
        readElsewhere.get(200, TimeUnit.MILLISECONDS);
      } catch (TimeoutException waitingForTheTransaction) {
        // fine: the store makes readers wait
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      throw new IllegalStateException("roll back");
    })).hasMessage("roll back");

    assertThat(written.getCount()).isZero();
    assertThat(readElsewhere.get(30, TimeUnit.SECONDS)).isEmpty();
  }

  @Test
  void run_commits_like_in_transaction() {
    Recruiter recruiter = fixtures.recruiter();

    transactions.run(() -> persistence.recruiters().save(recruiter));

    assertThat(persistence.recruiters().findById(recruiter.id())).isPresent();
  }
}
