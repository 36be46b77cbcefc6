package dev.hireloop.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages over HTTP: what each answers, with which status and headers, and that a refused form writes nothing
 * (counted through the JSON API). One server for the class; each test makes its own job or link.
 */
class WebPagesTest {
  private static final Pattern SLOT_VALUE = Pattern.compile("name=\"start\" id=\"slot-\\d+\" value=\"([^\"]+)\"");
  private static WebFixture web;

  @BeforeAll
  static void start() {
    web = new WebFixture();
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void the_job_page_shows_the_job_only_days_with_slots_and_the_interviewers_zone_by_default() {
    String job = web.openJob("Backend Engineer", "Acme <Labs>");

    HttpResponse<String> page = web.get("/schedule-interview/" + job);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("text/html"));
    assertPageHeaders(page);
    assertThat(page.body()).contains("Backend Engineer").contains("Acme &lt;Labs&gt;")
        .contains("<option value=\"Europe/London\" selected>").contains("data-detect-zone")
        .contains("Schedule Interview").contains("<label for=\"name\">").contains("<legend>");
    // Monday 7 January 2030, 08:00 UTC: weekdays only, so no Saturday or Sunday in the list
    assertThat(page.body()).contains(attr("date=2030-01-08")).doesNotContain(attr("date=2030-01-12"))
        .doesNotContain(attr("date=2030-01-13"));
  }

  @Test
  void an_unknown_zone_is_explained_and_the_times_stay_in_the_default_zone() {
    String job = web.openJob("Designer", "Acme");

    HttpResponse<String> page = web.get("/schedule-interview/" + job + "?zone=Mars%2FOlympus");
    HttpResponse<String> kolkata = web.get("/schedule-interview/" + job + "?zone=Asia%2FKolkata&date=2030-01-08");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("We do not recognise the time zone").contains("Mars/Olympus")
        .contains("<option value=\"Europe/London\" selected>");
    assertThat(kolkata.body()).contains("<option value=\"Asia/Kolkata\" selected>").contains("14:30–15:15")
        .doesNotContain("data-detect-zone");
  }

  @Test
  void refuses_an_empty_name_a_malformed_email_and_no_slot_and_writes_nothing() {
    String job = web.openJob("Nurse", "St Mary");
    long interviews = web.interviewCount();
    long profiles = web.profileCount();

    HttpResponse<String> empty = web.postForm("/schedule-interview/" + job,
        form("zone", "Europe/London", "name", "  ", "email", "kim@example.com", "start", "2030-01-08T10:00:00Z"));
    HttpResponse<String> malformed = web.postForm("/schedule-interview/" + job,
        form("zone", "Europe/London", "name", "Kim <b>Lee</b>", "email", "kim@@example", "start",
            "2030-01-08T10:00:00Z"));
    HttpResponse<String> noSlot = web.postForm("/schedule-interview/" + job,
        form("zone", "Europe/London", "name", "Kim Lee", "email", "kim@example.com"));

    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(empty.body()).contains("role=\"alert\"").contains("Enter your full name.").contains("href=\"#name\"")
        .contains("aria-invalid=\"true\" aria-describedby=\"name-error\"").contains("value=\"kim@example.com\"");
    assertThat(malformed.statusCode()).isEqualTo(422);
    assertThat(malformed.body()).contains("Enter an e-mail address in the form name@example.com.")
        .contains("value=\"Kim &lt;b&gt;Lee&lt;/b&gt;\"").contains("value=\"kim@@example\"")
        .contains("value=\"2030-01-08T10:00:00Z\" checked");
    assertThat(noSlot.statusCode()).isEqualTo(422);
    assertThat(noSlot.body()).contains("Choose a time for your interview.").contains("href=\"#start\"");
    assertThat(web.interviewCount()).isEqualTo(interviews);
    assertThat(web.profileCount()).isEqualTo(profiles);
  }

  @Test
  void books_from_the_job_page_and_lands_on_the_confirmation_page_with_both_zones_and_calendar_links() {
    String job = web.openJob("Data Engineer", "Acme");

    HttpResponse<String> booked = web.postForm("/schedule-interview/" + job, form("zone", "Asia/Kolkata", "name",
        "Kim Lee", "email", "kim.lee@example.com", "start", "2030-01-09T11:00:00Z"));

    assertThat(booked.statusCode()).isEqualTo(303);
    String location = booked.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/interviews/");
    HttpResponse<String> page = web.get(location);
    assertThat(page.statusCode()).isEqualTo(200);
    assertPageHeaders(page);
    assertThat(page.body()).contains("Your interview is booked")
        .contains("Wednesday 9 January 2030, 16:30–17:15").contains("Asia/Kolkata (UTC+05:30)")
        .contains("Wednesday 9 January 2030, 11:00–11:45").contains("Europe/London (UTC)")
        .contains(attr("https://calendar.google.com/calendar/render?action=TEMPLATE&text="))
        .contains(attr("dates=20300109T110000Z/20300109T114500Z"))
        .contains(attr("https://outlook.live.com/calendar/0/deeplink/compose?path=/calendar/action/compose"
            + "&rru=addevent"))
        .contains(location + "/calendar.ics");
    HttpResponse<String> ics = web.get(location + "/calendar.ics");
    assertThat(ics.statusCode()).isEqualTo(200);
    assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
    assertThat(ics.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
    assertThat(ics.body()).contains("BEGIN:VCALENDAR").contains("DTSTART");
  }

  @Test
  void a_slot_taken_meanwhile_is_a_409_with_the_slots_free_now_and_no_second_booking() {
    String job = web.openJob("QA Engineer", "Acme");
    String start = "2030-01-10T13:00:00Z";
    assertThat(web.postForm("/schedule-interview/" + job, form("zone", "Europe/London", "name", "First",
        "email", "first@example.com", "start", start)).statusCode()).isEqualTo(303);
    long interviews = web.interviewCount();
    long profiles = web.profileCount();

    HttpResponse<String> late = web.postForm("/schedule-interview/" + job, form("zone", "Europe/London", "name",
        "Second", "email", "second@example.com", "start", start));

    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(late.body()).contains("that time was just taken").contains("value=\"Second\"")
        .contains("value=\"second@example.com\"").contains("Thursday 10 January 2030");
    List<String> offered = slotValues(late.body());
    assertThat(offered).isNotEmpty().doesNotContain(start);
    assertThat(web.interviewCount()).isEqualTo(interviews);
    assertThat(web.profileCount()).isEqualTo(profiles);
  }

  @Test
  void a_slot_in_the_past_is_refused_on_the_page() {
    String job = web.openJob("Support Engineer", "Acme");
    long interviews = web.interviewCount();

    HttpResponse<String> past = web.postForm("/schedule-interview/" + job, form("zone", "Europe/London", "name",
        "Kim", "email", "kim.past@example.com", "start", "2030-01-04T10:00:00Z"));

    assertThat(past.statusCode()).isIn(409, 422);
    assertThat(past.body()).contains("role=\"alert\"");
    assertThat(web.interviewCount()).isEqualTo(interviews);
  }

  @Test
  void unknown_and_malformed_jobs_and_tokens_get_the_friendly_404_page() {
    for (String path : List.of("/schedule-interview/not-an-id",
        "/schedule-interview/00000000-0000-4000-8000-000000000000", "/book/tampered", "/interviews/tampered",
        "/interviews/tampered/calendar.ics", "/interviews/tampered/reschedule", "/interviews/x/unknown")) {
      HttpResponse<String> page = web.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(404);
      assertThat(page.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
      assertThat(page.body()).as(path).contains("We could not find this page").doesNotContain("Exception");
    }
  }

  @Test
  void a_booking_link_books_then_leads_to_its_manage_page() {
    String token = web.bookingLink("America/New_York");
    long interviews = web.interviewCount();

    HttpResponse<String> page = web.get("/book/" + token);
    HttpResponse<String> noSlot = web.postForm("/book/" + token, form("zone", "America/New_York"));
    assertThat(web.interviewCount()).isEqualTo(interviews);
    HttpResponse<String> booked = web.postForm("/book/" + token, form("zone", "America/New_York", "start",
        "2030-01-08T15:00:00Z"));
    HttpResponse<String> again = web.get("/book/" + token);

    assertThat(page.statusCode()).isEqualTo(200);
    assertPageHeaders(page);
    assertThat(page.body()).contains("<option value=\"America/New_York\" selected>").doesNotContain("name=\"email\"");
    assertThat(noSlot.statusCode()).isEqualTo(422);
    assertThat(noSlot.body()).contains("Choose a time for your interview.");
    assertThat(booked.statusCode()).isEqualTo(303);
    assertThat(booked.headers().firstValue("Location").orElseThrow()).startsWith("/interviews/");
    assertThat(again.statusCode()).isEqualTo(303);
    assertThat(web.interviewCount()).isEqualTo(interviews + 1);
  }

  @Test
  void a_link_slot_taken_meanwhile_is_a_409_with_fresh_slots_and_the_link_stays_unused() {
    String first = web.bookingLink("Europe/London");
    String second = web.bookingLink("Europe/London");
    String start = "2030-01-17T10:00:00Z";
    assertThat(web.postForm("/book/" + first, form("zone", "Europe/London", "start", start)).statusCode())
        .isEqualTo(303);
    long interviews = web.interviewCount();

    HttpResponse<String> late = web.postForm("/book/" + second, form("zone", "Europe/London", "start", start));
    HttpResponse<String> stillOpen = web.get("/book/" + second);

    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(late.body()).contains("that time was just taken").contains("Thursday 17 January 2030");
    assertThat(slotValues(late.body())).isNotEmpty().doesNotContain(start);
    assertThat(stillOpen.statusCode()).isEqualTo(200);
    assertThat(web.interviewCount()).isEqualTo(interviews);
  }

  @Test
  void a_closed_job_says_so_on_a_410_page() {
    String job = web.openJob("Closed Job", "Acme");
    web.api("POST", "/api/jobs/" + job + "/close", null, 200);

    HttpResponse<String> page = web.get("/schedule-interview/" + job);
    HttpResponse<String> post = web.postForm("/schedule-interview/" + job, form("name", "Kim", "email",
        "kim.closed@example.com", "start", "2030-01-08T10:00:00Z"));

    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(page.body()).contains("This job is no longer taking interviews");
    assertThat(post.statusCode()).isEqualTo(410);
  }

  @Test
  void an_expired_booking_link_gets_the_friendly_410_page() {
    String token = web.bookingLink("Europe/London");
    web.clock.advance(Duration.ofDays(15));
    try {
      HttpResponse<String> page = web.get("/book/" + token);
      HttpResponse<String> post = web.postForm("/book/" + token, form("start", "2030-01-23T10:00:00Z"));

      assertThat(page.statusCode()).isEqualTo(410);
      assertThat(page.body()).contains("This link has expired");
      assertThat(post.statusCode()).isEqualTo(410);
    } finally {
      web.clock.set(WebFixture.NOW);
    }
  }

  @Test
  void reschedules_to_a_new_page_and_cancels_with_a_reason() {
    String job = web.openJob("Product Manager", "Acme");
    String first = web.postForm("/schedule-interview/" + job, form("zone", "Europe/London", "name", "Rita",
        "email", "rita@example.com", "start", "2030-01-11T09:00:00Z")).headers().firstValue("Location").orElseThrow();

    HttpResponse<String> picker = web.get(first + "/reschedule?zone=Europe%2FLondon&date=2030-01-11");
    HttpResponse<String> noSlot = web.postForm(first + "/reschedule", form("zone", "Europe/London"));
    HttpResponse<String> moved = web.postForm(first + "/reschedule", form("zone", "Europe/London", "start",
        "2030-01-11T14:00:00Z"));
    String second = moved.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> tooLong = web.postForm(second + "/cancel", form("reason", "x".repeat(501)));
    HttpResponse<String> cancelled = web.postForm(second + "/cancel", form("reason", "Found another job"));
    HttpResponse<String> page = web.get(second);

    assertThat(picker.statusCode()).isEqualTo(200);
    assertThat(picker.body()).contains("Pick a new time").contains("Move my interview");
    assertThat(noSlot.statusCode()).isEqualTo(422);
    assertThat(moved.statusCode()).isEqualTo(303);
    assertThat(second).startsWith("/interviews/").isNotEqualTo(first);
    assertThat(tooLong.statusCode()).isEqualTo(422);
    assertThat(tooLong.body()).contains("under 500 characters");
    assertThat(cancelled.statusCode()).isEqualTo(303);
    assertThat(page.body()).contains("Your interview was cancelled").doesNotContain("id=\"reschedule\"");
    assertThat(web.interviews("all").toString()).contains("Found another job");
  }

  @Test
  void the_recruiter_signs_in_with_a_token_sees_the_interviews_and_signs_out() {
    String job = web.openJob("Recruiter View Job", "Acme");
    web.postForm("/schedule-interview/" + job, form("zone", "Europe/London", "name", "Olu <Visible>", "email",
        "olu@example.com", "start", "2030-01-14T09:00:00Z"));

    HttpResponse<String> signInPage = web.get("/recruiter");
    HttpResponse<String> empty = web.postForm("/recruiter/sign-in", form("token", " "));
    HttpResponse<String> wrong = web.postForm("/recruiter/sign-in", form("token", "hlk_not-a-token"));
    HttpResponse<String> signedIn = web.postForm("/recruiter/sign-in", form("token", web.token));
    String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    HttpResponse<String> list = web.get("/recruiter/interviews?filter=upcoming", cookie);
    Matcher detail = Pattern.compile("href=\"(/recruiter/interviews/[0-9a-f-]{36})\"").matcher(list.body());
    assertThat(detail.find()).isTrue();
    HttpResponse<String> one = web.get(detail.group(1), cookie);
    HttpResponse<String> anonymous = web.get("/recruiter/interviews");
    HttpResponse<String> signedOut = web.send(web.form("/recruiter/sign-out", Map.of()).header("Cookie", cookie));

    assertThat(signInPage.statusCode()).isEqualTo(200);
    assertThat(signInPage.body()).contains("<label for=\"token\">API token</label>");
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(empty.body()).contains("Paste your API token.").contains("aria-invalid=\"true\"");
    assertThat(empty.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("That token is not valid").doesNotContain("hlk_not-a-token");
    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(setCookie).startsWith("hireloop_recruiter=hlk_").contains("; Path=/recruiter").contains("; HttpOnly")
        .contains("; SameSite=Strict").doesNotContain("Secure");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("Olu &lt;Visible&gt;").contains("aria-current=\"page\">Upcoming")
        .contains("Europe/London");
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.body()).contains("Olu &lt;Visible&gt;").contains("olu@example.com");
    assertThat(anonymous.statusCode()).isEqualTo(303);
    assertThat(anonymous.headers().firstValue("Location")).hasValue("/recruiter");
    assertThat(signedOut.statusCode()).isEqualTo(303);
    assertThat(signedOut.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
  }

  @Test
  void a_form_posted_from_another_site_is_refused_and_the_json_api_still_wants_json() {
    String job = web.openJob("Origin Job", "Acme");
    long interviews = web.interviewCount();

    HttpResponse<String> crossSite = web.send(web.form("/schedule-interview/" + job, form("zone", "Europe/London",
        "name", "Eve", "email", "eve@example.com", "start", "2030-01-15T09:00:00Z"))
        .header("Origin", "https://evil.example"));
    HttpResponse<String> api = web.send(web.form("/api/jobs", form("title", "x"))
        .header("Authorization", "Bearer " + web.token));

    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(web.interviewCount()).isEqualTo(interviews);
    assertThat(api.statusCode()).isEqualTo(415);
    assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
  }

  @Test
  void serves_the_stylesheet_and_the_script_under_the_strict_policy() {
    HttpResponse<String> css = web.get("/assets/hireloop.css");
    HttpResponse<String> js = web.get("/assets/hireloop.js");

    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    assertThat(css.body()).contains(":focus-visible");
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
    assertThat(js.body()).contains("Intl.DateTimeFormat().resolvedOptions().timeZone");
  }

  private static void assertPageHeaders(HttpResponse<String> page) {
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; "
        + "style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
        + "base-uri 'none'");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  /** How Mustache writes a value into an attribute: {@code &} and {@code =} as entities (a browser reads them back). */
  private static String attr(String value) {
    return value.replace("&", "&amp;").replace("=", "&#61;");
  }

  private static List<String> slotValues(String html) {
    Matcher matcher = SLOT_VALUE.matcher(html);
    List<String> values = new java.util.ArrayList<>();
    while (matcher.find()) {
      values.add(matcher.group(1));
    }
    return values;
  }

  private static Map<String, String> form(String... pairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put(pairs[i], pairs[i + 1]);
    }
    return fields;
  }
}
