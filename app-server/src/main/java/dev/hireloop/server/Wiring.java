package dev.hireloop.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.hireloop.adapter.out.jobboard.FetchPolicy;
import dev.hireloop.adapter.out.jobboard.JobBoardOptions;
import dev.hireloop.adapter.out.jobboard.JobBoards;
import dev.hireloop.adapter.out.persistence.jdbi.HireloopSchema;
import dev.hireloop.adapter.out.persistence.memory.InMemoryPersistence;
import dev.hireloop.adapter.out.persistence.jdbi.JdbiPersistence;
import dev.hireloop.adapter.out.persistence.scheduler.DbSchedulerEventDispatcher;
import dev.hireloop.adapter.out.persistence.scheduler.DbSchedulerReminderSchedule;
import dev.hireloop.adapter.out.persistence.scheduler.EventDispatcherOptions;
import dev.hireloop.adapter.out.persistence.scheduler.InMemoryEventDispatcher;
import dev.hireloop.adapter.out.persistence.scheduler.InMemoryReminderSchedule;
import dev.hireloop.adapter.out.calendar.Ical4jCalendarFiles;
import dev.hireloop.adapter.out.documents.DocumentLimits;
import dev.hireloop.adapter.out.documents.StandardDocumentTextExtractor;
import dev.hireloop.adapter.out.notification.SmtpNotifier;
import dev.hireloop.adapter.out.notification.SmtpSettings;
import dev.hireloop.application.Hireloop;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.skill.SkillTaxonomy;
import dev.hireloop.port.out.persistence.Persistence;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: turns a {@link ServerConfig} into a running {@link Hireloop} with its database, schema
 * migration, secret cipher and event dispatcher, and closes all of it in reverse order. The only place where the
 * system clock, random UUIDs and {@code SecureRandom} are chosen. Not thread-safe while opening; {@link #close()}
 * is idempotent and thread-safe.
 */
final class Wiring implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);
  private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration DISPATCHER_SHUTDOWN_WAIT = Duration.ofSeconds(10);
  private static final Duration IMPORT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private final ServerConfig config;
  private final Clock clock;
  private final Deque<AutoCloseable> resources;
  private final Optional<DataSource> dataSource;
  /** The reminder timers of memory mode, fired by the in-memory dispatcher; a database keeps its own. */
  private final InMemoryReminderSchedule memoryReminders;
  private final Hireloop hireloop;
  private final BooleanSupplier readiness;
  private final AtomicReference<URI> listeningAt;
  private boolean dispatcherStarted;
  private boolean closed;

  private Wiring(ServerConfig config, Clock clock, Deque<AutoCloseable> resources, Optional<DataSource> dataSource,
      InMemoryReminderSchedule memoryReminders, Hireloop hireloop, BooleanSupplier readiness,
      AtomicReference<URI> listeningAt) {
    this.config = config;
    this.clock = clock;
    this.resources = resources;
    this.dataSource = dataSource;
    this.memoryReminders = memoryReminders;
    this.hireloop = hireloop;
    this.readiness = readiness;
    this.listeningAt = listeningAt;
  }

  /**
   * Opens the database (migrating its schema), the cipher and the facade. The event dispatcher is not started:
   * the one-shot CLI commands leave delivery to the server ({@link #startEventDispatcher()}).
   */
  static Wiring open(ServerConfig config) {
    // Instants are stored at microsecond precision, so the clock ticks in microseconds.
    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    SecureRandom random = new SecureRandom();
    Deque<AutoCloseable> resources = new ArrayDeque<>();
    try {
      Persistence persistence;
      Optional<DataSource> dataSource;
      BooleanSupplier readiness;
      if (config.database() == DatabaseKind.MEMORY) {
        persistence = InMemoryPersistence.create();
        dataSource = Optional.empty();
        readiness = () -> true;
      } else {
        HikariDataSource pool = openPool(config);
        resources.push(pool);
        HireloopSchema.migrate(pool, config.databaseSchema());
        persistence = JdbiPersistence.create(pool, config.databaseSchema());
        DatabaseReadiness databaseReadiness = new DatabaseReadiness(pool, READINESS_TIMEOUT);
        resources.push(databaseReadiness);
        dataSource = Optional.of(pool);
        readiness = databaseReadiness;
      }
      SecretKeyring keyring = keyring(config, random);
      // without a configured base URL, links use the address the server listens on (known once it does)
      AtomicReference<URI> listeningAt = new AtomicReference<>();
      CandidatePageLinks candidatePages = new CandidatePageLinks(() -> config.baseUrl()
          .or(() -> Optional.ofNullable(listeningAt.get()))
          .orElseGet(() -> config.effectiveBaseUrl(config.port())));
      Hireloop.Builder builder = Hireloop.builder()
          .persistence(persistence)
          .clock(clock)
          .ids(UUID::randomUUID)
          .secretCipher(keyring.cipher())
          .linkSigningKeys(keyring.linkSigningKeys())
          .bookingLinkLifetime(config.bookingLinkLifetime())
          .jobSources(JobBoards.standard(jobBoardOptions(config.jobImport())))
          .postingHtmlReader(JobBoards.htmlReader())
          .skillExtractor(SkillTaxonomy.standard())
          .calendarFiles(new Ical4jCalendarFiles())
          .emailFrom(config.mail().from())
          .candidateLinks(candidatePages)
          .documentTextExtractor(new StandardDocumentTextExtractor(
              DocumentLimits.defaults().withMaxBytes(config.cvMaxBytes())));
      InMemoryReminderSchedule memoryReminders = new InMemoryReminderSchedule();
      builder.reminderSchedule(dataSource.isPresent()
          ? new DbSchedulerReminderSchedule(dataSource.get(), config.databaseSchema()) : memoryReminders);
      Optional<SmtpSettings> smtp = config.mail().smtpSettings();
      if (smtp.isPresent()) {
        builder.notifier(new SmtpNotifier(smtp.get(), clock));
        LOG.info("Sending e-mails through SMTP ({})", smtp.get());
      } else {
        LOG.info("No SMTP server configured ({}): e-mails are kept in the outbox, GET /api/outbox/emails",
            ServerConfig.SMTP_HOST);
      }
      Hireloop hireloop = builder.build();
      return new Wiring(config, clock, resources, dataSource, memoryReminders, hireloop, readiness, listeningAt);
    } catch (RuntimeException e) {
      closeAll(resources);
      throw e;
    }
  }

  /**
   * The job boards as configured. The boards' API base URLs are the operator's, so their hosts are trusted as they
   * are (http and private addresses allowed); links a recruiter pastes never are (ADR 12). The size limit applies
   * to career pages; a board's API may answer up to {@link FetchPolicy#DEFAULT_MAX_API_BYTES} or that limit,
   * whichever is larger, because Ashby answers a company's whole board at once.
   */
  static JobBoardOptions jobBoardOptions(ServerConfig.JobImport settings) {
    int pageBytes = (int) settings.maxBytes();
    Duration connect = settings.timeout().compareTo(IMPORT_CONNECT_TIMEOUT) < 0 ? settings.timeout()
        : IMPORT_CONNECT_TIMEOUT;
    FetchPolicy defaults = FetchPolicy.defaults();
    FetchPolicy policy = new FetchPolicy(defaults.maxRedirects(), pageBytes,
        Math.max(FetchPolicy.DEFAULT_MAX_API_BYTES, pageBytes), connect, settings.timeout(),
        settings.allowedHosts(), Set.of());
    return new JobBoardOptions(settings.greenhouseApiUrl(), settings.greenhouseEuApiUrl(), settings.leverApiUrl(),
        settings.leverEuApiUrl(), settings.ashbyApiUrl(), policy);
  }

  Hireloop hireloop() {
    return hireloop;
  }

  /** The base URL the server answers on, for candidate links when none is configured. */
  void listeningOn(URI baseUrl) {
    listeningAt.set(baseUrl);
  }

  /** {@code SELECT 1} within a short timeout; always true for the in-memory store. */
  boolean databaseReady() {
    return readiness.getAsBoolean();
  }

  /**
   * Starts delivering domain events, sending queued e-mails and firing reminders: db-scheduler on a database, an
   * in-JVM dispatcher in memory.
   */
  synchronized void startEventDispatcher() {
    if (dispatcherStarted || closed) {
      return;
    }
    EventDispatcherOptions options = EventDispatcherOptions.defaults()
        .withPollInterval(config.eventPollInterval())
        .withMaxAttempts(config.eventMaxAttempts())
        .withShutdownWait(DISPATCHER_SHUTDOWN_WAIT)
        .withSchedulerName(nodeName());
    AutoCloseable dispatcher;
    if (dataSource.isPresent()) {
      dispatcher = new DbSchedulerEventDispatcher(dataSource.get(), config.databaseSchema(),
          hireloop.eventHandlers(), hireloop.persistence().eventOutbox(), hireloop.deliverEvent(),
          hireloop.recordDeadLetter(), hireloop.sendQueuedEmails(), hireloop.sendBookingReminder(), clock,
          options).start();
    } else {
      dispatcher = new InMemoryEventDispatcher(hireloop.eventHandlers(), hireloop.persistence().eventOutbox(),
          hireloop.deliverEvent(), hireloop.recordDeadLetter(), hireloop.sendQueuedEmails(), memoryReminders,
          hireloop.sendBookingReminder(), clock, options).start();
    }
    resources.push(dispatcher);
    dispatcherStarted = true;
  }

  /** Closes the event dispatcher, the readiness check and the connection pool, in that order. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeAll(resources);
    LOG.info("Closed the event dispatcher and the database");
  }

  private static void closeAll(Deque<AutoCloseable> resources) {
    while (!resources.isEmpty()) {
      AutoCloseable resource = resources.pop();
      try {
        resource.close();
      } catch (Exception e) {
        LOG.warn("Could not close {} cleanly", resource.getClass().getSimpleName(), e);
      }
    }
  }

  private static HikariDataSource openPool(ServerConfig config) {
    HikariConfig pool = new HikariConfig();
    pool.setPoolName("hireloop");
    pool.setMaximumPoolSize(config.databasePoolSize());
    pool.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    if (config.database() == DatabaseKind.H2) {
      createPrivateDirectory(config.dataDir());
      pool.setJdbcUrl(config.h2Url());
      pool.setUsername("sa");
      pool.setPassword("");
    } else {
      pool.setJdbcUrl(config.databaseUrl().orElseThrow());
      config.databaseUser().ifPresent(pool::setUsername);
      config.databasePassword().ifPresent(pool::setPassword);
    }
    try {
      return new HikariDataSource(pool);
    } catch (RuntimeException e) {
      // Hikari wraps the driver's exception; its root message says what is wrong (locked file, bad password).
      String reason = rootMessage(e);
      String hint = config.database() == DatabaseKind.H2 && reason.contains("locked")
          ? " (is a Hireloop server running on " + config.dataDir() + "? Stop it first, or use PostgreSQL)"
          : "";
      throw new ExternalServiceException("database.unavailable", "Cannot open the " + config.database().label()
          + " database: " + reason + hint, e);
    }
  }

  /** The secret keys: they encrypt provider secrets and, derived, sign booking links. */
  private static SecretKeyring keyring(ServerConfig config, SecureRandom random) {
    SecretKeyring keyring;
    if (config.secretKeys().isPresent()) {
      keyring = config.secretKeys().get();
      LOG.info("Encrypting provider secrets with key {} from HIRELOOP_SECRET_KEYS", keyring.activeKeyId());
    } else if (config.database() == DatabaseKind.MEMORY) {
      // Nothing outlives the process in memory mode, so neither does its key: no file is written.
      byte[] key = new byte[32];
      random.nextBytes(key);
      keyring = SecretKeyring.of("memory", key);
      LOG.info("Encrypting provider secrets with a key that lives only as long as this process (HIRELOOP_DB=memory)");
    } else {
      keyring = SecretKeyFile.loadOrCreate(config.secretKeyFile(), random);
      if (config.database() == DatabaseKind.POSTGRES) {
        LOG.warn("HIRELOOP_SECRET_KEYS is not set, so this node uses its own key file; nodes that share the"
            + " database must share the keys, so set HIRELOOP_SECRET_KEYS on every node");
      }
    }
    return keyring;
  }

  private static void createPrivateDirectory(Path dir) {
    if (Files.isDirectory(dir)) {
      return;
    }
    try {
      if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(dir);
      }
      LOG.info("Created the data directory {}", dir);
    } catch (IOException e) {
      throw new InvalidValueException("config.data-dir", "Cannot create the data directory " + dir + ": "
          + e.getMessage(), e);
    }
  }

  /** db-scheduler records which node runs a task; the host name tells operators which one. */
  private static String nodeName() {
    try {
      String host = InetAddress.getLocalHost().getHostName();
      return host.isBlank() || host.length() > 100 ? "hireloop" : host;
    } catch (IOException e) {
      return "hireloop";
    }
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }
}
