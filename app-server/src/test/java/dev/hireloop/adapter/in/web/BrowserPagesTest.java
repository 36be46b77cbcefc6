package dev.hireloop.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages in headless Chromium, as a candidate uses them: the browser's zone is detected, a slot is picked, the
 * form is sent, and the confirmation page offers cancel. Screenshots of each key page go to
 * {@code target/screenshots/}.
 */
class BrowserPagesTest {
  private static WebFixture web;
  private static Browser browser;

  @BeforeAll
  static void start() {
    browser = Browser.open();
    web = new WebFixture();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (web != null) {
      web.close();
    }
  }

  @Test
  void books_a_slot_through_the_job_page_in_the_detected_zone() {
    String job = web.openJob("Backend Engineer", "Acme");
    long interviews = web.interviewCount();

    browser.go(web.base() + "/schedule-interview/" + job);
    browser.waitFor(ExpectedConditions.urlContains("zone="));
    assertThat(new Select(browser.find(By.id("zone"))).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo(Browser.ZONE);
    browser.screenshot("01-job-page");
    List<WebElement> dates = browser.driver.findElements(By.cssSelector(".dates a"));
    assertThat(dates).isNotEmpty();
    dates.get(1).click();
    browser.waitFor(ExpectedConditions.urlContains("date="));
    browser.find(By.cssSelector("label[for='slot-0']")).click();
    browser.find(By.id("name")).sendKeys("Priya Sharma");
    browser.find(By.id("email")).sendKeys("priya@example.com");
    browser.find(By.id("submit")).click();

    browser.waitFor(ExpectedConditions.urlContains("/interviews/"));
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Your interview is booked");
    assertThat(browser.find(By.id("candidate-time")).getText()).contains("Asia/Tokyo (UTC+09:00)");
    assertThat(browser.find(By.id("interviewer-time")).getText()).contains("Europe/London (UTC)");
    assertThat(browser.find(By.id("google-calendar")).getAttribute("href"))
        .startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&text=");
    browser.screenshot("02-confirmation-page");
    assertThat(web.interviewCount()).isEqualTo(interviews + 1);
  }

  @Test
  void books_through_a_booking_link_with_the_keyboard_then_cancels_from_the_confirmation_page() {
    String token = web.bookingLink("Europe/London");

    browser.go(web.base() + "/book/" + token);
    browser.waitFor(ExpectedConditions.urlContains("zone="));
    browser.screenshot("03-booking-link-page");
    // keyboard only: focus the first time, choose it with the space bar, send the form with Enter on the button
    WebElement firstSlot = browser.find(By.id("slot-0"));
    firstSlot.sendKeys(Keys.SPACE);
    assertThat(firstSlot.isSelected()).isTrue();
    browser.find(By.id("submit")).sendKeys(Keys.ENTER);

    browser.waitFor(ExpectedConditions.urlContains("/interviews/"));
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Your interview is booked");
    browser.find(By.id("reason")).sendKeys("I accepted another offer");
    browser.screenshot("04-manage-page-before-cancel");
    browser.find(By.id("cancel")).click();

    browser.waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Your interview was cancelled"));
    browser.screenshot("05-cancelled");
    assertThat(web.interviews("all").toString()).contains("I accepted another offer").contains("cancelled");
  }

  @Test
  void a_slot_taken_while_the_page_was_open_shows_the_message_and_fresh_slots() {
    String job = web.openJob("Night Nurse", "St Mary");
    browser.go(web.base() + "/schedule-interview/" + job + "?zone=Europe%2FLondon");
    WebElement slot = browser.find(By.id("slot-0"));
    String taken = slot.getAttribute("value");
    browser.find(By.cssSelector("label[for='slot-0']")).click();
    browser.find(By.id("name")).sendKeys("Late Comer");
    browser.find(By.id("email")).sendKeys("late@example.com");
    // meanwhile another candidate books the same time
    assertThat(web.postForm("/schedule-interview/" + job, Map.of("zone", "Europe/London", "name", "Early Bird",
        "email", "early@example.com", "start", taken)).statusCode()).isEqualTo(303);

    browser.find(By.id("submit")).click();

    WebElement summary = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertThat(summary.getAttribute("role")).isEqualTo("alert");
    assertThat(summary.getText()).contains("that time was just taken");
    assertThat(browser.driver.findElements(By.cssSelector("input[name='start']"))).isNotEmpty()
        .allSatisfy(radio -> assertThat(radio.getAttribute("value")).isNotEqualTo(taken));
    assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("Late Comer");
    browser.screenshot("06-slot-taken");
  }

  @Test
  void an_expired_link_shows_the_friendly_page() {
    String token = web.bookingLink("Europe/London");
    web.clock.advance(Duration.ofDays(15));
    try {
      browser.go(web.base() + "/book/" + token);

      assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("This link has expired");
      browser.screenshot("07-expired-link");
    } finally {
      web.clock.set(WebFixture.NOW);
    }
  }

  @Test
  void the_recruiter_signs_in_and_sees_the_interviews() {
    String job = web.openJob("Recruiter Page Job", "Acme");
    web.postForm("/schedule-interview/" + job, Map.of("zone", "Europe/London", "name", "Mina Recruited", "email",
        "mina@example.com", "start", "2030-01-16T10:00:00Z"));

    browser.go(web.base() + "/recruiter");
    browser.find(By.id("token")).sendKeys(web.token);
    browser.find(By.id("sign-in")).click();

    browser.waitFor(ExpectedConditions.urlContains("/recruiter/interviews"));
    assertThat(browser.find(By.tagName("table")).getText()).contains("Mina Recruited");
    browser.screenshot("08-recruiter-interviews");
    browser.find(By.linkText("All")).click();
    browser.find(By.partialLinkText("Wednesday 16 January 2030")).click();
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("45-Minute Candidate Interview");
    browser.screenshot("09-recruiter-interview");
    browser.find(By.id("sign-out")).click();
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Recruiter sign-in");
  }
}
