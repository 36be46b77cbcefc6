package dev.hireloop.adapter.in.web;

import java.util.List;

/**
 * A booking page ({@code pick.mustache}): a job's public page, a booking link, or a reschedule. Nullable strings
 * are left out of the page.
 *
 * @param pagePath where the zone selector and the date links point (the page itself)
 * @param action where the form posts
 * @param detectZone whether the script may replace the zone with the browser's (only when none was chosen)
 * @param contact whether the form asks for name and e-mail
 * @param slotError the message next to the time slots, or null
 */
record PickPage(String pageTitle, String heading, List<Fact> facts, String notice, List<FormError> errors,
    String pagePath, String action, boolean detectZone, SlotPicker picker, boolean contact, FormField name,
    FormField email, String slotError, String submitLabel, String backHref, String backLabel) {

  /** A line of "what is this": label and value. */
  record Fact(String label, String value) {}

  boolean hasFacts() {
    return !facts.isEmpty();
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }
}
