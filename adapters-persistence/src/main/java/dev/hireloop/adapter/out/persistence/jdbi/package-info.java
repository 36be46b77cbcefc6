/**
 * Storage on H2 or PostgreSQL through Jdbi: {@link dev.hireloop.adapter.out.persistence.jdbi.HireloopSchema}
 * creates the tables (Flyway, own schema and history table), and
 * {@link dev.hireloop.adapter.out.persistence.jdbi.JdbiPersistence} implements every storage port over the host's
 * {@code DataSource}. Everything else here is package-private.
 */
package dev.hireloop.adapter.out.persistence.jdbi;
