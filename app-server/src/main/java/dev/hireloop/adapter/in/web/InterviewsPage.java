package dev.hireloop.adapter.in.web;

import dev.hireloop.domain.shared.Page;
import dev.hireloop.port.in.recruiter.RecruiterView;
import dev.hireloop.port.in.scheduling.InterviewFilter;
import dev.hireloop.port.in.scheduling.InterviewView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The recruiter's interviews ({@code interviews.mustache}): filter tabs and one row per interview, in their zone. */
record InterviewsPage(String pageTitle, String recruiterName, String zoneLabel, List<Tab> tabs, List<Row> rows,
    String emptyText, String moreText) {

  record Tab(String label, String href, boolean current) {}

  record Row(String href, String when, String candidate, String title, String status, String statusClass) {}

  boolean hasRows() {
    return !rows.isEmpty();
  }

  static InterviewsPage of(RecruiterView recruiter, InterviewFilter filter, Page<InterviewView> page, Instant now) {
    ZoneId zone = recruiter.timeZone();
    List<Tab> tabs = new ArrayList<>();
    for (InterviewFilter each : InterviewFilter.values()) {
      tabs.add(new Tab(label(each), RecruiterPages.PREFIX + "/interviews?filter=" + wire(each), each == filter));
    }
    List<Row> rows = new ArrayList<>();
    for (InterviewView interview : page.items()) {
      rows.add(new Row(RecruiterPages.PREFIX + "/interviews/" + interview.id(),
          TimeText.interval(interview.slot(), zone), interview.candidateName(), interview.title(),
          InterviewPage.statusLabel(interview.status()),
          "status status-" + interview.status().name().toLowerCase(Locale.ROOT)));
    }
    String more = page.hasMore() ? "Showing the first " + page.items().size() + " of " + page.total()
        + " interviews." : null;
    return new InterviewsPage(label(filter) + " interviews", recruiter.name(), TimeText.zone(zone, now), tabs, rows,
        "No " + label(filter).toLowerCase(Locale.ROOT) + " interviews.", more);
  }

  static String label(InterviewFilter filter) {
    return switch (filter) {
      case UPCOMING -> "Upcoming";
      case TODAY -> "Today's";
      case COMPLETED -> "Completed";
      case ALL -> "All";
    };
  }

  private static String wire(InterviewFilter filter) {
    return filter.name().toLowerCase(Locale.ROOT);
  }
}
