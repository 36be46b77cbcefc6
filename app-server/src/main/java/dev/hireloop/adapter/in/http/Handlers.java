package dev.hireloop.adapter.in.http;

/** The handler groups the route table draws from. */
record Handlers(OperationsHandlers operations, RecruiterHandlers recruiters, JobHandlers jobs,
    JobImportHandlers jobImport, ProfileHandlers profiles, DeadLetterHandlers deadLetters,
    SchedulingHandlers scheduling, BookingLinkHandlers bookingLinks, AvailabilityHandlers availability,
    InterviewTemplateHandlers templates, BookingHandlers bookings, InterviewHandlers interviews,
    OutboxHandlers outbox, CvHandlers cvs, MatchHandlers matches) {}
