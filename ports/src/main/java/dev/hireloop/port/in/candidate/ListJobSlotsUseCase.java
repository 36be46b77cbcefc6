package dev.hireloop.port.in.candidate;

import dev.hireloop.port.in.scheduling.SlotsView;

/** The slots a job's public page offers; same answers as {@link ReadJobSchedulingUseCase} for unknown or closed jobs. */
public interface ListJobSlotsUseCase {
  SlotsView slots(ListJobSlotsQuery query);
}
