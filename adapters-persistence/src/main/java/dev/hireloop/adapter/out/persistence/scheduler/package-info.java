/**
 * Event dispatchers: they read the transactional outbox and hand every event to every handler that takes it,
 * through {@code DeliverEventUseCase} (which keeps the per-handler processed marks), with retries and dead
 * letters. {@link dev.hireloop.adapter.out.persistence.scheduler.DbSchedulerEventDispatcher} runs on db-scheduler in
 * the Hireloop schema and is safe on several nodes; {@link
 * dev.hireloop.adapter.out.persistence.scheduler.InMemoryEventDispatcher} runs inside one JVM, for the in-memory
 * persistence. Both take {@link dev.hireloop.adapter.out.persistence.scheduler.EventDispatcherOptions}.
 */
package dev.hireloop.adapter.out.persistence.scheduler;
