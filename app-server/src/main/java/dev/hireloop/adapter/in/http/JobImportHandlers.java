package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.jobimport.ExtractJobCommand;
import dev.hireloop.port.in.jobimport.ExtractJobUseCase;
import dev.hireloop.port.in.jobimport.ImportJobCommand;
import dev.hireloop.port.in.jobimport.ImportJobUseCase;
import dev.hireloop.port.in.jobimport.ImportedJob;
import dev.hireloop.port.in.jobimport.JobDraftView;
import dev.hireloop.port.in.jobimport.PreviewJobImportQuery;
import dev.hireloop.port.in.jobimport.PreviewJobImportUseCase;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Job import: seed 000's {@code GET /api/convert_from_json?url=…} (a draft to review, camelCase), {@code POST
 * /api/jobs/import} (a saved draft job) and {@code POST /api/jobs/extract} (a pasted description, saved nowhere).
 * A source's refusals and failures reach {@link ProblemMapping} as they are: refused URL 400, unknown posting 404,
 * unsupported page 422, board failures 502/503/504.
 */
final class JobImportHandlers {
  private final PreviewJobImportUseCase previewJobImport;
  private final ImportJobUseCase importJob;
  private final ExtractJobUseCase extractJob;

  JobImportHandlers(PreviewJobImportUseCase previewJobImport, ImportJobUseCase importJob,
      ExtractJobUseCase extractJob) {
    this.previewJobImport = previewJobImport;
    this.importJob = importJob;
    this.extractJob = extractJob;
  }

  void convertFromJson(Context ctx) {
    URI url = url(Requests.query(ctx, "url").orElse(null));
    JobDraftView draft = namingTheUrl(() -> previewJobImport.preview(new PreviewJobImportQuery(caller(ctx), url)));
    ctx.json(JobDraftResponse.from(draft));
  }

  void importJob(Context ctx) {
    ImportJobRequest request = Requests.body(ctx, ImportJobRequest.class);
    URI url = url(request.url());
    ImportedJob imported = namingTheUrl(() -> importJob.importJob(new ImportJobCommand(caller(ctx), url)));
    ctx.status(201).header(Header.LOCATION, "/api/jobs/" + imported.job().id());
    Requests.etag(ctx, imported.job().version());
    ctx.json(ImportedJobResponse.from(imported));
  }

  void extract(Context ctx) {
    ExtractJobRequest request = Requests.body(ctx, ExtractJobRequest.class);
    ExtractJobCommand command = new ExtractJobCommand(caller(ctx), Optional.ofNullable(request.text()),
        Optional.ofNullable(request.html()));
    ctx.json(JobAnalysisResponse.from(extractJob.extract(command)));
  }

  /**
   * A refused link ({@code url.not-https}, {@code url.private-address}, …) is a problem about the {@code url} field;
   * the fetcher's messages speak of "the link", so the field is named here, with the code kept.
   */
  private static <T> T namingTheUrl(Supplier<T> work) {
    try {
      return work.get();
    } catch (InvalidValueException e) {
      if (e.code().startsWith("url.")) {
        throw RequestRejectedException.badRequest(e.code(), "url", e.getMessage());
      }
      throw e;
    }
  }

  /** A URL as the recruiter pasted it (surrounding spaces dropped); its shape is checked by the use case. */
  private static URI url(String raw) {
    if (raw == null || raw.isBlank()) {
      throw RequestRejectedException.badRequest("url.required", "url", "url is required");
    }
    try {
      return new URI(raw.strip());
    } catch (URISyntaxException e) {
      throw RequestRejectedException.badRequest("url.invalid", "url",
          "url is not a valid URL (a space or another character that must be percent-encoded?)");
    }
  }

  private static RecruiterId caller(Context ctx) {
    return Authentication.principal(ctx).recruiterId();
  }
}
