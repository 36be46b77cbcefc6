/**
 * Storage in memory ({@link dev.hireloop.adapter.out.persistence.memory.InMemoryPersistence}): the same contracts
 * as the database adapters, for tests, demos and embedders who persist nothing.
 */
package dev.hireloop.adapter.out.persistence.memory;
