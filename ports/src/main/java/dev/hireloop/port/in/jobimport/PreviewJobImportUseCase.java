package dev.hireloop.port.in.jobimport;

/** Fetches and analyses the posting at a URL (seed 000's convert_from_json); saves nothing. */
public interface PreviewJobImportUseCase {
  JobDraftView preview(PreviewJobImportQuery query);
}
