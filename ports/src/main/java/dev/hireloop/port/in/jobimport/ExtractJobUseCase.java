package dev.hireloop.port.in.jobimport;

/** Analyses a pasted posting (text or HTML); saves nothing and needs no network. */
public interface ExtractJobUseCase {
  JobDraftView extract(ExtractJobCommand command);
}
