package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.scheduling.GetInterviewUseCase;
import dev.hireloop.port.in.scheduling.InterviewFilter;
import dev.hireloop.port.in.scheduling.ListInterviewsQuery;
import dev.hireloop.port.in.scheduling.ListInterviewsUseCase;
import io.javalin.http.Context;

/**
 * Seed 000's interview management: {@code GET /api/recruiter/interviews?filter=upcoming|today|completed|all}
 * (default {@code upcoming}; ordered by start; paginated) and {@code GET /api/interviews/{interview_id}}.
 */
final class InterviewHandlers {
  private final ListInterviewsUseCase listInterviews;
  private final GetInterviewUseCase getInterview;

  InterviewHandlers(ListInterviewsUseCase listInterviews, GetInterviewUseCase getInterview) {
    this.listInterviews = listInterviews;
    this.getInterview = getInterview;
  }

  void list(Context ctx) {
    InterviewFilter filter = Requests.query(ctx, "filter")
        .map(raw -> WireEnums.fromWire(InterviewFilter.class, raw, "filter")).orElse(InterviewFilter.UPCOMING);
    ListInterviewsQuery query = new ListInterviewsQuery(caller(ctx), filter, Requests.page(ctx));
    ctx.json(PageResponse.from(listInterviews.list(query), InterviewResponse::from));
  }

  void get(Context ctx) {
    BookingId interviewId = new BookingId(Requests.pathId(ctx, "interview_id"));
    ctx.json(InterviewResponse.from(getInterview.get(caller(ctx), interviewId)));
  }

  private static RecruiterId caller(Context ctx) {
    return Authentication.principal(ctx).recruiterId();
  }
}
