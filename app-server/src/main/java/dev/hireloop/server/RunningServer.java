package dev.hireloop.server;

import dev.hireloop.adapter.in.http.HttpApi;
import dev.hireloop.adapter.in.http.HttpSettings;
import dev.hireloop.application.Hireloop;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.in.recruiter.RecruiterWithToken;
import io.javalin.Javalin;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The started server: the HTTP app over a {@link Wiring}. Stopping it stops Javalin, whose "stopped" event closes
 * the wiring (event dispatcher, then connection pool). Thread-safe.
 */
final class RunningServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunningServer.class);

  private final Javalin app;
  private final Wiring wiring;
  private final int port;
  private final URI baseUrl;
  private final Optional<RecruiterWithToken> bootstrapped;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private boolean closed;

  private RunningServer(Javalin app, Wiring wiring, int port, URI baseUrl,
      Optional<RecruiterWithToken> bootstrapped) {
    this.app = app;
    this.wiring = wiring;
    this.port = port;
    this.baseUrl = baseUrl;
    this.bootstrapped = bootstrapped;
  }

  /**
   * Opens the wiring, creates the first recruiter on an empty database, starts event delivery and then the HTTP
   * server. Whatever was opened is closed again if a step fails.
   */
  static RunningServer start(ServerConfig config) {
    LOG.info("Starting Hireloop with {}", config.describe());
    Wiring wiring = Wiring.open(config);
    try {
      Hireloop hireloop = wiring.hireloop();
      Optional<RecruiterWithToken> bootstrapped = hireloop.bootstrapFirstRecruiter().bootstrap(
          new CreateRecruiterCommand(config.firstRecruiterName(), config.firstRecruiterEmail(),
              config.firstRecruiterTimeZone()));
      bootstrapped.ifPresent(first ->
          LOG.info("The database was empty: created the first recruiter {}", first.recruiter().id()));
      wiring.startEventDispatcher();
      Javalin app = HttpApi.create(hireloop,
          new HttpSettings(wiring::databaseReady, config.maxRequestBytes(), wiring::close, config.baseUrl(),
              config.cvMaxBytes()));
      app.start(config.host(), config.port());
      int port = app.port();
      URI baseUrl = config.effectiveBaseUrl(port);
      wiring.listeningOn(baseUrl);
      LOG.info("Hireloop is listening on {}:{} ({})", config.host(), port, baseUrl);
      return new RunningServer(app, wiring, port, baseUrl, bootstrapped);
    } catch (RuntimeException e) {
      wiring.close();
      throw e;
    }
  }

  int port() {
    return port;
  }

  URI baseUrl() {
    return baseUrl;
  }

  Hireloop hireloop() {
    return wiring.hireloop();
  }

  /** The first recruiter and its token, when this start found an empty database. */
  Optional<RecruiterWithToken> bootstrapped() {
    return bootstrapped;
  }

  /** Blocks until {@link #close()} has finished (e.g. from the shutdown hook). */
  void awaitStopped() throws InterruptedException {
    stopped.await();
  }

  /** Stops accepting requests, lets running ones finish, then closes the dispatcher and the pool. Idempotent. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    LOG.info("Stopping Hireloop");
    try {
      app.stop();
    } finally {
      // Javalin's stopped event closes the wiring; closing again is harmless and covers a failed stop.
      wiring.close();
      stopped.countDown();
      LOG.info("Hireloop stopped");
    }
  }
}
