package dev.hireloop.server;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.Zones;
import dev.hireloop.adapter.out.notification.SmtpSettings;
import dev.hireloop.application.Hireloop;
import dev.hireloop.port.out.notification.EmailAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The server's settings, read once from the environment by {@link #fromEnv(Map)}: the one place where
 * configuration enters. {@link #toString()} and {@link #describe()} never show passwords, keys or personal data.
 */
record ServerConfig(
    int port,
    String host,
    Optional<URI> baseUrl,
    Path dataDir,
    DatabaseKind database,
    Optional<String> databaseUrl,
    Optional<String> databaseUser,
    Optional<String> databasePassword,
    String databaseSchema,
    int databasePoolSize,
    Optional<SecretKeyring> secretKeys,
    long maxRequestBytes,
    long cvMaxBytes,
    String firstRecruiterName,
    Email firstRecruiterEmail,
    ZoneId firstRecruiterTimeZone,
    Duration eventPollInterval,
    int eventMaxAttempts,
    int bookingLinkDays,
    JobImport jobImport,
    Mail mail) {

  static final String PORT = "HIRELOOP_PORT";
  static final String HOST = "HIRELOOP_HOST";
  static final String BASE_URL = "HIRELOOP_BASE_URL";
  static final String DATA_DIR = "HIRELOOP_DATA_DIR";
  static final String DB = "HIRELOOP_DB";
  static final String DB_URL = "HIRELOOP_DB_URL";
  static final String DB_USER = "HIRELOOP_DB_USER";
  static final String DB_PASSWORD = "HIRELOOP_DB_PASSWORD";
  static final String DB_SCHEMA = "HIRELOOP_DB_SCHEMA";
  static final String DB_POOL_SIZE = "HIRELOOP_DB_POOL_SIZE";
  static final String SECRET_KEYS = "HIRELOOP_SECRET_KEYS";
  static final String MAX_REQUEST_BYTES = "HIRELOOP_MAX_REQUEST_BYTES";
  static final String CV_MAX_BYTES = "HIRELOOP_CV_MAX_BYTES";
  static final String FIRST_RECRUITER_NAME = "HIRELOOP_FIRST_RECRUITER_NAME";
  static final String FIRST_RECRUITER_EMAIL = "HIRELOOP_FIRST_RECRUITER_EMAIL";
  static final String FIRST_RECRUITER_TIMEZONE = "HIRELOOP_FIRST_RECRUITER_TIMEZONE";
  static final String EVENT_POLL_MS = "HIRELOOP_EVENT_POLL_MS";
  static final String EVENT_MAX_ATTEMPTS = "HIRELOOP_EVENT_MAX_ATTEMPTS";
  static final String BOOKING_LINK_DAYS = "HIRELOOP_BOOKING_LINK_DAYS";
  static final String GREENHOUSE_API_URL = "HIRELOOP_GREENHOUSE_API_URL";
  static final String GREENHOUSE_EU_API_URL = "HIRELOOP_GREENHOUSE_EU_API_URL";
  static final String LEVER_API_URL = "HIRELOOP_LEVER_API_URL";
  static final String LEVER_EU_API_URL = "HIRELOOP_LEVER_EU_API_URL";
  static final String ASHBY_API_URL = "HIRELOOP_ASHBY_API_URL";
  static final String IMPORT_ALLOWED_HOSTS = "HIRELOOP_IMPORT_ALLOWED_HOSTS";
  static final String IMPORT_MAX_BYTES = "HIRELOOP_IMPORT_MAX_BYTES";
  static final String IMPORT_TIMEOUT_MS = "HIRELOOP_IMPORT_TIMEOUT_MS";
  static final String SMTP_HOST = "HIRELOOP_SMTP_HOST";
  static final String SMTP_PORT = "HIRELOOP_SMTP_PORT";
  static final String SMTP_USERNAME = "HIRELOOP_SMTP_USERNAME";
  static final String SMTP_PASSWORD = "HIRELOOP_SMTP_PASSWORD";
  static final String SMTP_SECURITY = "HIRELOOP_SMTP_SECURITY";
  static final String EMAIL_FROM = "HIRELOOP_EMAIL_FROM";

  static final int DEFAULT_PORT = 8000;
  static final String DEFAULT_HOST = "0.0.0.0";
  static final String DEFAULT_DATA_DIR = "./data";
  static final String DEFAULT_SCHEMA = "hireloop";
  static final int DEFAULT_POOL_SIZE = 10;
  static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
  static final long DEFAULT_CV_MAX_BYTES = 10L * 1024 * 1024;
  static final String DEFAULT_FIRST_RECRUITER_NAME = "Admin";
  static final String DEFAULT_FIRST_RECRUITER_EMAIL = "admin@localhost.localdomain";
  static final String DEFAULT_FIRST_RECRUITER_TIMEZONE = "UTC";
  static final long DEFAULT_EVENT_POLL_MS = 500;
  static final int DEFAULT_EVENT_MAX_ATTEMPTS = 5;
  static final int DEFAULT_BOOKING_LINK_DAYS = 14;
  static final String KEY_FILE_NAME = "secret.key";
  // The vendors' public API hosts; JobImportWiringTest checks them against JobBoardOptions.defaults().
  static final String DEFAULT_GREENHOUSE_API_URL = "https://boards-api.greenhouse.io";
  static final String DEFAULT_GREENHOUSE_EU_API_URL = "https://boards-api.eu.greenhouse.io";
  static final String DEFAULT_LEVER_API_URL = "https://api.lever.co";
  static final String DEFAULT_LEVER_EU_API_URL = "https://api.eu.lever.co";
  static final String DEFAULT_ASHBY_API_URL = "https://api.ashbyhq.com";
  static final long DEFAULT_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
  static final long DEFAULT_IMPORT_TIMEOUT_MS = 10_000;
  static final int DEFAULT_SMTP_PORT_STARTTLS = 587;
  static final int DEFAULT_SMTP_PORT_TLS = 465;
  static final int DEFAULT_SMTP_PORT_NONE = 25;

  /** Every variable the server reads, in the order {@code --help} shows them. */
  static final List<Variable> VARIABLES = List.of(
      new Variable(PORT, String.valueOf(DEFAULT_PORT), "HTTP port; 0 picks a free one"),
      new Variable(HOST, DEFAULT_HOST, "address to listen on"),
      new Variable(BASE_URL, "http://localhost:<port>", "public URL of this server, used in printed and sent links"),
      new Variable(DATA_DIR, DEFAULT_DATA_DIR, "directory of the H2 database and of the secret key file"),
      new Variable(DB, "h2, or postgres when " + DB_URL + " is set", "h2 | postgres | memory"),
      new Variable(DB_URL, "(none)", "PostgreSQL JDBC URL, e.g. jdbc:postgresql://db:5432/hireloop"),
      new Variable(DB_USER, "(none)", "PostgreSQL user"),
      new Variable(DB_PASSWORD, "(none)", "PostgreSQL password; never logged"),
      new Variable(DB_SCHEMA, DEFAULT_SCHEMA, "schema of Hireloop's tables (created if missing)"),
      new Variable(DB_POOL_SIZE, String.valueOf(DEFAULT_POOL_SIZE), "maximum number of database connections"),
      new Variable(SECRET_KEYS, "<data dir>/" + KEY_FILE_NAME + ", created on first start",
          "keys for provider secrets, keyId:base64(32 bytes)[,...]; the first encrypts, all decrypt"),
      new Variable(MAX_REQUEST_BYTES, String.valueOf(DEFAULT_MAX_REQUEST_BYTES), "largest accepted request body"),
      new Variable(CV_MAX_BYTES, String.valueOf(DEFAULT_CV_MAX_BYTES),
          "largest CV document accepted by POST /api/profiles/cv (PDF, DOCX, text, Markdown); larger is 413"),
      new Variable(FIRST_RECRUITER_NAME, DEFAULT_FIRST_RECRUITER_NAME,
          "name of the recruiter created on an empty database"),
      new Variable(FIRST_RECRUITER_EMAIL, DEFAULT_FIRST_RECRUITER_EMAIL, "e-mail of that first recruiter"),
      new Variable(FIRST_RECRUITER_TIMEZONE, DEFAULT_FIRST_RECRUITER_TIMEZONE,
          "IANA time zone of that first recruiter"),
      new Variable(EVENT_POLL_MS, String.valueOf(DEFAULT_EVENT_POLL_MS),
          "milliseconds between the event dispatcher's polls"),
      new Variable(EVENT_MAX_ATTEMPTS, String.valueOf(DEFAULT_EVENT_MAX_ATTEMPTS),
          "attempts of a failing event handler before the event becomes a dead letter"),
      new Variable(BOOKING_LINK_DAYS, String.valueOf(DEFAULT_BOOKING_LINK_DAYS),
          "days a booking link can be used to pick a slot (1-366); links are signed with keys derived from "
              + SECRET_KEYS),
      new Variable(GREENHOUSE_API_URL, DEFAULT_GREENHOUSE_API_URL,
          "Greenhouse Job Board API base URL (set by you, so trusted: may be http or a private host)"),
      new Variable(GREENHOUSE_EU_API_URL, DEFAULT_GREENHOUSE_EU_API_URL,
          "Greenhouse EU Job Board API base URL, asked when the main one does not know the board"),
      new Variable(LEVER_API_URL, DEFAULT_LEVER_API_URL, "Lever Postings API base URL"),
      new Variable(LEVER_EU_API_URL, DEFAULT_LEVER_EU_API_URL, "Lever EU Postings API base URL (jobs.eu.lever.co)"),
      new Variable(ASHBY_API_URL, DEFAULT_ASHBY_API_URL, "Ashby public Job Posting API base URL"),
      new Variable(IMPORT_ALLOWED_HOSTS, "(any public host)",
          "career-page hosts a JSON-LD import may fetch, comma-separated; *.acme.com allows its subdomains"),
      new Variable(IMPORT_MAX_BYTES, String.valueOf(DEFAULT_IMPORT_MAX_BYTES),
          "largest career page an import reads (a board's API answer: 8 MiB or this, if larger)"),
      new Variable(IMPORT_TIMEOUT_MS, String.valueOf(DEFAULT_IMPORT_TIMEOUT_MS),
          "milliseconds an import waits for a job board or career page to answer"),
      new Variable(SMTP_HOST, "(none: e-mails are only kept in the outbox, GET /api/outbox/emails)",
          "SMTP server that sends booking e-mails"),
      new Variable(SMTP_PORT, "587 for starttls, 465 for tls, 25 for none", "SMTP port"),
      new Variable(SMTP_USERNAME, "(none)", "SMTP login; needs " + SMTP_PASSWORD),
      new Variable(SMTP_PASSWORD, "(none)", "SMTP password; never logged"),
      new Variable(SMTP_SECURITY, "starttls", "starttls | tls | none (none only for a trusted relay)"),
      new Variable(EMAIL_FROM, "\"Hireloop\" <no-reply@localhost.localdomain>",
          "sender of e-mails: an address, or Name <address>; also the SMTP envelope sender"));

  /**
   * Variables that are not the server's but that a developer's shell may hold: the test suite's, and the API
   * token the README's curl examples export. The server ignores them rather than calling them typos.
   */
  static final Set<String> IGNORED = Set.of("HIRELOOP_TEST_PG_URL", "HIRELOOP_TEST_PG_USER",
      "HIRELOOP_TEST_PG_PASSWORD", "HIRELOOP_REQUIRE_POSTGRES", "HIRELOOP_TOKEN");

  private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final Pattern HOST_NAME = Pattern.compile(
      "(?=.{1,253}$)(?:\\*\\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");
  private static final String REDACTED = "<redacted>";
  /** {@code Name <address>} or {@code "Name" <address>}. */
  private static final Pattern NAMED_ADDRESS = Pattern.compile("^\\s*\"?([^\"<>]*?)\"?\\s*<([^<>\\s]+)>\\s*$");

  /** One environment variable: its name, its default as shown to people, and what it is for. */
  record Variable(String name, String defaultValue, String description) {}

  /**
   * How e-mails leave: through SMTP when {@code smtpHost} is set, otherwise they are only kept in the stored outbox.
   * {@code password} is never shown.
   */
  record Mail(Optional<String> smtpHost, int smtpPort, Optional<String> username, Optional<String> password,
      SmtpSettings.Security security, EmailAddress from) {
    Mail {
      Objects.requireNonNull(smtpHost, "smtpHost");
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
      Objects.requireNonNull(security, "security");
      Objects.requireNonNull(from, "from");
    }

    static Mail defaults() {
      return new Mail(Optional.empty(), DEFAULT_SMTP_PORT_STARTTLS, Optional.empty(), Optional.empty(),
          SmtpSettings.Security.STARTTLS, Hireloop.DEFAULT_EMAIL_FROM);
    }

    /** The SMTP adapter's settings, when a host is configured. */
    Optional<SmtpSettings> smtpSettings() {
      return smtpHost.map(host -> {
        SmtpSettings settings = SmtpSettings.of(host, smtpPort, security, from);
        return username.isPresent() ? settings.withLogin(username.get(), password.orElseThrow()) : settings;
      });
    }
  }

  /**
   * Where job import fetches from and within which limits: the boards' API base URLs, the career-page hosts a
   * JSON-LD import may fetch (empty: any public host), the largest response read and the time allowed.
   */
  record JobImport(URI greenhouseApiUrl, URI greenhouseEuApiUrl, URI leverApiUrl, URI leverEuApiUrl,
      URI ashbyApiUrl, Set<String> allowedHosts, long maxBytes, Duration timeout) {
    JobImport {
      Objects.requireNonNull(greenhouseApiUrl, "greenhouseApiUrl");
      Objects.requireNonNull(greenhouseEuApiUrl, "greenhouseEuApiUrl");
      Objects.requireNonNull(leverApiUrl, "leverApiUrl");
      Objects.requireNonNull(leverEuApiUrl, "leverEuApiUrl");
      Objects.requireNonNull(ashbyApiUrl, "ashbyApiUrl");
      allowedHosts = Set.copyOf(allowedHosts);
      Objects.requireNonNull(timeout, "timeout");
    }

    static JobImport defaults() {
      return new JobImport(URI.create(DEFAULT_GREENHOUSE_API_URL), URI.create(DEFAULT_GREENHOUSE_EU_API_URL),
          URI.create(DEFAULT_LEVER_API_URL), URI.create(DEFAULT_LEVER_EU_API_URL), URI.create(DEFAULT_ASHBY_API_URL),
          Set.of(), DEFAULT_IMPORT_MAX_BYTES, Duration.ofMillis(DEFAULT_IMPORT_TIMEOUT_MS));
    }
  }

  ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(databaseUrl, "databaseUrl");
    Objects.requireNonNull(databaseUser, "databaseUser");
    Objects.requireNonNull(databasePassword, "databasePassword");
    Objects.requireNonNull(databaseSchema, "databaseSchema");
    Objects.requireNonNull(secretKeys, "secretKeys");
    Objects.requireNonNull(firstRecruiterName, "firstRecruiterName");
    Objects.requireNonNull(firstRecruiterEmail, "firstRecruiterEmail");
    Objects.requireNonNull(firstRecruiterTimeZone, "firstRecruiterTimeZone");
    Objects.requireNonNull(eventPollInterval, "eventPollInterval");
    Objects.requireNonNull(jobImport, "jobImport");
    Objects.requireNonNull(mail, "mail");
  }

  /**
   * Reads the configuration, checking every variable before failing.
   *
   * @throws ServerConfigException listing every problem found, including unknown {@code HIRELOOP_*} variables
   */
  static ServerConfig fromEnv(Map<String, String> env) {
    Reader reader = new Reader(env);
    int port = reader.integer(PORT, DEFAULT_PORT, 0, 65_535);
    String host = reader.value(HOST).flatMap(v -> reader.check(HOST, v, ServerConfig::parseHost)).orElse(DEFAULT_HOST);
    Optional<URI> baseUrl = reader.value(BASE_URL).flatMap(v -> reader.check(BASE_URL, v, ServerConfig::parseBaseUrl));
    Path dataDir = reader.check(DATA_DIR, reader.value(DATA_DIR).orElse(DEFAULT_DATA_DIR), ServerConfig::parseDataDir)
        .orElse(Path.of(DEFAULT_DATA_DIR));

    Optional<String> dbUrl = reader.value(DB_URL);
    Optional<String> dbUser = reader.value(DB_USER);
    Optional<String> dbPassword = reader.secret(DB_PASSWORD);
    DatabaseKind database = reader.value(DB)
        .flatMap(v -> reader.check(DB, v, ServerConfig::parseDatabase))
        .orElse(dbUrl.isPresent() ? DatabaseKind.POSTGRES : DatabaseKind.H2);
    if (database == DatabaseKind.POSTGRES) {
      if (dbUrl.isEmpty()) {
        reader.problem(DB_URL + ": required when " + DB + "=postgres");
      } else if (!dbUrl.get().startsWith("jdbc:postgresql:")) {
        reader.problem(DB_URL + ": must be a PostgreSQL JDBC URL starting with jdbc:postgresql:");
      }
    } else {
      for (String name : List.of(DB_URL, DB_USER, DB_PASSWORD)) {
        if (reader.value(name).isPresent()) {
          reader.problem(name + ": only used with " + DB + "=postgres, but " + DB + " is " + database.label());
        }
      }
    }
    String schema = reader.value(DB_SCHEMA).flatMap(v -> reader.check(DB_SCHEMA, v, ServerConfig::parseSchema))
        .orElse(DEFAULT_SCHEMA);
    int poolSize = reader.integer(DB_POOL_SIZE, DEFAULT_POOL_SIZE, 1, 200);

    List<String> keyProblems = new ArrayList<>();
    Optional<SecretKeyring> secretKeys = reader.secret(SECRET_KEYS)
        .flatMap(v -> SecretKeyring.parse(v, SECRET_KEYS, keyProblems));
    keyProblems.forEach(reader::problem);

    long maxRequestBytes = reader.longInteger(MAX_REQUEST_BYTES, DEFAULT_MAX_REQUEST_BYTES, 1024, 1L << 30);
    long cvMaxBytes = reader.longInteger(CV_MAX_BYTES, DEFAULT_CV_MAX_BYTES, 1024, 100L * 1024 * 1024);
    // Personal data: a problem with these names the rule, not the value.
    String firstName = reader.checkQuietly(FIRST_RECRUITER_NAME,
        reader.value(FIRST_RECRUITER_NAME).orElse(DEFAULT_FIRST_RECRUITER_NAME), v -> Check.text(v, "name", 200))
        .orElse(DEFAULT_FIRST_RECRUITER_NAME);
    Email firstEmail = reader.checkQuietly(FIRST_RECRUITER_EMAIL,
        reader.value(FIRST_RECRUITER_EMAIL).orElse(DEFAULT_FIRST_RECRUITER_EMAIL), Email::of)
        .orElse(Email.of(DEFAULT_FIRST_RECRUITER_EMAIL));
    ZoneId firstZone = reader.check(FIRST_RECRUITER_TIMEZONE,
        reader.value(FIRST_RECRUITER_TIMEZONE).orElse(DEFAULT_FIRST_RECRUITER_TIMEZONE),
        v -> Zones.parse(v, "time zone")).orElse(ZoneId.of("UTC"));
    long pollMs = reader.longInteger(EVENT_POLL_MS, DEFAULT_EVENT_POLL_MS, 10, 600_000);
    int maxAttempts = reader.integer(EVENT_MAX_ATTEMPTS, DEFAULT_EVENT_MAX_ATTEMPTS, 1, 100);
    int bookingLinkDays = reader.integer(BOOKING_LINK_DAYS, DEFAULT_BOOKING_LINK_DAYS, 1, 366);
    JobImport jobImport = new JobImport(
        reader.apiUrl(GREENHOUSE_API_URL, DEFAULT_GREENHOUSE_API_URL),
        reader.apiUrl(GREENHOUSE_EU_API_URL, DEFAULT_GREENHOUSE_EU_API_URL),
        reader.apiUrl(LEVER_API_URL, DEFAULT_LEVER_API_URL),
        reader.apiUrl(LEVER_EU_API_URL, DEFAULT_LEVER_EU_API_URL),
        reader.apiUrl(ASHBY_API_URL, DEFAULT_ASHBY_API_URL),
        reader.value(IMPORT_ALLOWED_HOSTS).flatMap(v -> reader.check(IMPORT_ALLOWED_HOSTS, v,
            ServerConfig::parseHosts)).orElse(Set.of()),
        reader.longInteger(IMPORT_MAX_BYTES, DEFAULT_IMPORT_MAX_BYTES, 1024, 100L * 1024 * 1024),
        Duration.ofMillis(reader.longInteger(IMPORT_TIMEOUT_MS, DEFAULT_IMPORT_TIMEOUT_MS, 100, 120_000)));

    Mail mail = mail(reader);

    reader.reportUnknownVariables();
    reader.failIfProblems();
    return new ServerConfig(port, host, baseUrl, dataDir, database, dbUrl, dbUser, dbPassword, schema, poolSize,
        secretKeys, maxRequestBytes, cvMaxBytes, firstName, firstEmail, firstZone, Duration.ofMillis(pollMs), maxAttempts,
        bookingLinkDays, jobImport, mail);
  }

  private static Mail mail(Reader reader) {
    Optional<String> smtpHost = reader.value(SMTP_HOST).flatMap(v -> reader.check(SMTP_HOST, v,
        ServerConfig::parseSmtpHost));
    SmtpSettings.Security security = reader.value(SMTP_SECURITY)
        .flatMap(v -> reader.check(SMTP_SECURITY, v, ServerConfig::parseSecurity))
        .orElse(SmtpSettings.Security.STARTTLS);
    int defaultPort = switch (security) {
      case STARTTLS -> DEFAULT_SMTP_PORT_STARTTLS;
      case TLS -> DEFAULT_SMTP_PORT_TLS;
      case NONE -> DEFAULT_SMTP_PORT_NONE;
    };
    int smtpPort = reader.integer(SMTP_PORT, defaultPort, 1, 65_535);
    Optional<String> username = reader.value(SMTP_USERNAME);
    Optional<String> password = reader.secret(SMTP_PASSWORD);
    if (username.isPresent() != password.isPresent()) {
      reader.problem(SMTP_USERNAME + " and " + SMTP_PASSWORD + ": set both or neither");
    }
    if (smtpHost.isEmpty() && reader.value(SMTP_HOST).isEmpty()) {
      for (String name : List.of(SMTP_PORT, SMTP_USERNAME, SMTP_PASSWORD, SMTP_SECURITY)) {
        if (reader.value(name).isPresent()) {
          reader.problem(name + ": only used with " + SMTP_HOST + ", which is not set");
        }
      }
    }
    // personal data: a problem names the rule, not the value
    EmailAddress from = reader.value(EMAIL_FROM)
        .flatMap(v -> reader.checkQuietly(EMAIL_FROM, v, ServerConfig::parseEmailFrom))
        .orElse(Hireloop.DEFAULT_EMAIL_FROM);
    return new Mail(smtpHost, smtpPort, username, password, security, from);
  }

  /** The URL people and links use: {@code HIRELOOP_BASE_URL}, or {@code http://localhost:<bound port>}. */
  URI effectiveBaseUrl(int boundPort) {
    return baseUrl.orElseGet(() -> URI.create("http://localhost:" + boundPort));
  }

  /** How long a booking link can be used to pick a slot. */
  Duration bookingLinkLifetime() {
    return Duration.ofDays(bookingLinkDays);
  }

  /** Where the generated key is kept when {@code HIRELOOP_SECRET_KEYS} is not set. */
  Path secretKeyFile() {
    return dataDir.resolve(KEY_FILE_NAME);
  }

  /**
   * The embedded database's JDBC URL under the data directory. {@code DB_CLOSE_ON_EXIT=FALSE} keeps H2's own
   * shutdown hook from closing the database under requests that are still finishing; closing the pool closes it.
   * {@code LOCK_TIMEOUT=10000}: H2 serialises the bookings of one interviewer on a row lock, and its default of two
   * seconds could run out for the last of many requests queued for one popular slot (that request would get
   * {@code booking.busy} instead of a clear answer).
   */
  String h2Url() {
    return "jdbc:h2:file:" + dataDir.resolve("hireloop")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE"
        + ";LOCK_TIMEOUT=10000";
  }

  /** The effective configuration on one line, safe to log: secrets and personal data are redacted. */
  String describe() {
    List<String> parts = new ArrayList<>();
    parts.add(PORT + "=" + port);
    parts.add(HOST + "=" + host);
    parts.add(BASE_URL + "=" + baseUrl.map(URI::toString).orElse("http://localhost:<port>"));
    parts.add(DATA_DIR + "=" + dataDir);
    parts.add(DB + "=" + database.label());
    databaseUrl.ifPresent(url -> parts.add(DB_URL + "=" + redactUrl(url)));
    databaseUser.ifPresent(user -> parts.add(DB_USER + "=" + user));
    databasePassword.ifPresent(password -> parts.add(DB_PASSWORD + "=" + REDACTED));
    parts.add(DB_SCHEMA + "=" + databaseSchema);
    parts.add(DB_POOL_SIZE + "=" + databasePoolSize);
    parts.add(SECRET_KEYS + "=" + secretKeys
        .map(k -> REDACTED + " (active " + k.activeKeyId() + ", " + k.keys().size() + " key(s))")
        .orElse("(unset: key file " + secretKeyFile() + ")"));
    parts.add(MAX_REQUEST_BYTES + "=" + maxRequestBytes);
    parts.add(CV_MAX_BYTES + "=" + cvMaxBytes);
    parts.add(FIRST_RECRUITER_NAME + "=" + REDACTED);
    parts.add(FIRST_RECRUITER_EMAIL + "=" + REDACTED);
    parts.add(FIRST_RECRUITER_TIMEZONE + "=" + firstRecruiterTimeZone);
    parts.add(EVENT_POLL_MS + "=" + eventPollInterval.toMillis());
    parts.add(EVENT_MAX_ATTEMPTS + "=" + eventMaxAttempts);
    parts.add(BOOKING_LINK_DAYS + "=" + bookingLinkDays);
    parts.add(GREENHOUSE_API_URL + "=" + jobImport.greenhouseApiUrl());
    parts.add(GREENHOUSE_EU_API_URL + "=" + jobImport.greenhouseEuApiUrl());
    parts.add(LEVER_API_URL + "=" + jobImport.leverApiUrl());
    parts.add(LEVER_EU_API_URL + "=" + jobImport.leverEuApiUrl());
    parts.add(ASHBY_API_URL + "=" + jobImport.ashbyApiUrl());
    parts.add(IMPORT_ALLOWED_HOSTS + "=" + (jobImport.allowedHosts().isEmpty() ? "(any public host)"
        : String.join(",", new TreeSet<>(jobImport.allowedHosts()))));
    parts.add(IMPORT_MAX_BYTES + "=" + jobImport.maxBytes());
    parts.add(IMPORT_TIMEOUT_MS + "=" + jobImport.timeout().toMillis());
    parts.add(SMTP_HOST + "=" + mail.smtpHost().orElse("(none: e-mails kept in the outbox)"));
    if (mail.smtpHost().isPresent()) {
      parts.add(SMTP_PORT + "=" + mail.smtpPort());
      parts.add(SMTP_SECURITY + "=" + mail.security().name().toLowerCase(Locale.ROOT));
      mail.username().ifPresent(user -> parts.add(SMTP_USERNAME + "=" + REDACTED));
      mail.password().ifPresent(password -> parts.add(SMTP_PASSWORD + "=" + REDACTED));
    }
    parts.add(EMAIL_FROM + "=" + REDACTED);
    return String.join(", ", parts);
  }

  @Override
  public String toString() {
    return "ServerConfig[" + describe() + "]";
  }

  /** Hides credentials a JDBC URL may carry: user info before '@' and password-like parameters. */
  static String redactUrl(String url) {
    return url.replaceAll("//[^/@?;]*@", "//" + REDACTED + "@")
        .replaceAll("(?i)((?:password|sslpassword|sslkey|passwd|pwd)=)[^&;]*", "$1" + REDACTED);
  }

  private static URI parseBaseUrl(String raw) {
    URI uri;
    try {
      uri = new URI(raw);
    } catch (URISyntaxException e) {
      throw new InvalidValueException("config.base-url", "is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new InvalidValueException("config.base-url", "must be an absolute http or https URL, e.g. https://hire.example.com");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw new InvalidValueException("config.base-url", "must not have a query, a fragment or user info");
    }
    String text = uri.toString();
    // Links are built as base + "/path", so a trailing slash would double up.
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text);
  }

  /**
   * A job board API base URL: absolute http(s), no query, fragment or user info, no trailing slash. Operators may
   * point it at a proxy or, in tests, at a local fake; being configuration, it is trusted (ADR 12).
   */
  static URI parseApiUrl(String raw) {
    URI uri;
    try {
      uri = new URI(raw);
    } catch (URISyntaxException e) {
      throw new InvalidValueException("config.api-url", "is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new InvalidValueException("config.api-url", "must be an absolute http or https URL");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw new InvalidValueException("config.api-url", "must not have a query, a fragment or user info");
    }
    String text = uri.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text);
  }

  /** Comma-separated host names, lower-cased; {@code *.example.com} for its subdomains; no schemes, paths or ports. */
  static Set<String> parseHosts(String raw) {
    Set<String> hosts = new TreeSet<>();
    for (String part : raw.split(",")) {
      String host = part.strip().toLowerCase(Locale.ROOT);
      if (host.isEmpty()) {
        continue;
      }
      if (!HOST_NAME.matcher(host).matches()) {
        throw new InvalidValueException("config.hosts",
            "must be host names separated by commas, e.g. careers.acme.com,jobs.example.org; \"" + part.strip()
                + "\" is not one");
      }
      hosts.add(host);
    }
    if (hosts.isEmpty()) {
      throw new InvalidValueException("config.hosts", "names no host; leave it unset to allow any public host");
    }
    return Set.copyOf(hosts);
  }

  private static String parseSmtpHost(String raw) {
    try {
      return SmtpSettings.of(raw, DEFAULT_SMTP_PORT_STARTTLS, SmtpSettings.Security.STARTTLS,
          Hireloop.DEFAULT_EMAIL_FROM).host();
    } catch (InvalidValueException e) {
      throw new InvalidValueException("config.smtp-host", "must be a host name or an IP address ([::1] for IPv6)");
    }
  }

  private static SmtpSettings.Security parseSecurity(String raw) {
    for (SmtpSettings.Security security : SmtpSettings.Security.values()) {
      if (security.name().equalsIgnoreCase(raw)) {
        return security;
      }
    }
    throw new InvalidValueException("config.smtp-security", "must be one of starttls, tls, none");
  }

  /** {@code no-reply@acme.example}, {@code Acme Hiring <no-reply@acme.example>} or with the name in quotes. */
  static EmailAddress parseEmailFrom(String raw) {
    try {
      Matcher named = NAMED_ADDRESS.matcher(raw);
      if (named.matches()) {
        String name = named.group(1).strip();
        Email address = Email.of(named.group(2));
        return name.isEmpty() ? new EmailAddress(Optional.empty(), address) : EmailAddress.of(name, address);
      }
      return new EmailAddress(Optional.empty(), Email.of(raw.strip()));
    } catch (InvalidValueException e) {
      throw new InvalidValueException("config.email-from",
          "must be an e-mail address, or a name and an address as in Acme Hiring <no-reply@acme.example>");
    }
  }

  private static String parseSchema(String raw) {
    if (!SCHEMA.matcher(raw).matches()) {
      throw new InvalidValueException("config.schema",
          "must be a lower-case SQL identifier: a-z, 0-9 and '_', not starting with a digit, at most 63");
    }
    return raw;
  }

  private static String parseHost(String raw) {
    if (raw.chars().anyMatch(Character::isWhitespace)) {
      throw new InvalidValueException("config.host", "must be a host name or IP address without spaces");
    }
    return raw;
  }

  private static Path parseDataDir(String raw) {
    if (raw.contains(";")) {
      // The directory becomes part of the H2 JDBC URL, where ';' starts a setting.
      throw new InvalidValueException("config.data-dir", "must not contain ';'");
    }
    try {
      return Path.of(raw).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new InvalidValueException("config.data-dir", "is not a valid path");
    }
  }

  private static DatabaseKind parseDatabase(String raw) {
    for (DatabaseKind kind : DatabaseKind.values()) {
      if (kind.label().equals(raw.toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new InvalidValueException("config.db", "must be one of h2, postgres, memory");
  }

  /** Reads variables and collects problems instead of stopping at the first. */
  private static final class Reader {
    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();

    Reader(Map<String, String> env) {
      this.env = Objects.requireNonNull(env, "env");
    }

    /** The trimmed value; blank counts as unset, as container tools often pass empty variables. */
    Optional<String> value(String name) {
      return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** A secret keeps its exact value: spaces may belong to a password. */
    Optional<String> secret(String name) {
      return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    <T> Optional<T> check(String name, String raw, Function<String, T> parser) {
      return parse(name, raw, parser, " (was \"" + raw + "\")");
    }

    <T> Optional<T> checkQuietly(String name, String raw, Function<String, T> parser) {
      return parse(name, raw, parser, "");
    }

    private <T> Optional<T> parse(String name, String raw, Function<String, T> parser, String echo) {
      try {
        return Optional.of(parser.apply(raw));
      } catch (InvalidValueException e) {
        problems.add(name + ": " + e.getMessage() + echo);
        return Optional.empty();
      }
    }

    int integer(String name, int defaultValue, int min, int max) {
      return (int) longInteger(name, defaultValue, min, max);
    }

    long longInteger(String name, long defaultValue, long min, long max) {
      Optional<String> raw = value(name);
      if (raw.isEmpty()) {
        return defaultValue;
      }
      try {
        long parsed = Long.parseLong(raw.get());
        if (parsed >= min && parsed <= max) {
          return parsed;
        }
      } catch (NumberFormatException e) {
        // reported below, with the accepted range
      }
      problems.add(name + ": must be a whole number from " + min + " to " + max + " (was \"" + raw.get() + "\")");
      return defaultValue;
    }

    URI apiUrl(String name, String defaultValue) {
      return value(name).flatMap(v -> check(name, v, ServerConfig::parseApiUrl))
          .orElseGet(() -> URI.create(defaultValue));
    }

    void problem(String text) {
      problems.add(text);
    }

    void reportUnknownVariables() {
      Set<String> known = VARIABLES.stream().map(Variable::name).collect(Collectors.toSet());
      Set<String> unknown = new TreeSet<>();
      for (String name : env.keySet()) {
        if (name.startsWith("HIRELOOP_") && !known.contains(name) && !IGNORED.contains(name)) {
          unknown.add(name);
        }
      }
      for (String name : unknown) {
        String hint = known.stream()
            .min(Comparator.comparingInt((String candidate) -> distance(candidate, name)))
            .filter(candidate -> distance(candidate, name) <= 3)
            .map(candidate -> " (did you mean " + candidate + "?)")
            .orElse("");
        problems.add(name + ": not a Hireloop setting" + hint + "; see --help for the list");
      }
    }

    void failIfProblems() {
      if (!problems.isEmpty()) {
        throw new ServerConfigException(problems);
      }
    }

    /** Levenshtein distance, for "did you mean" hints on misspelt variables. */
    private static int distance(String a, String b) {
      int[] previous = new int[b.length() + 1];
      int[] current = new int[b.length() + 1];
      for (int j = 0; j <= b.length(); j++) {
        previous[j] = j;
      }
      for (int i = 1; i <= a.length(); i++) {
        current[0] = i;
        for (int j = 1; j <= b.length(); j++) {
          int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
          current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
        }
        int[] swap = previous;
        previous = current;
        current = swap;
      }
      return previous[b.length()];
    }
  }
}
