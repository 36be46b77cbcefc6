package dev.hireloop.port.out.system;

import java.util.UUID;

/** Source of new ids for aggregates and events. Injected so tests are repeatable. Thread-safe. */
@FunctionalInterface
public interface IdGenerator {
  UUID next();
}
