package dev.hireloop.adapter.in.web;

import dev.hireloop.domain.scheduling.Slot;
import dev.hireloop.port.in.scheduling.SlotsView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The date-and-time picker of a booking page, in the candidate's zone: only the days that have a slot, and the
 * slots of one day as radio buttons. The day shown is the one asked for, else the day of the slot already chosen,
 * else the first day with a slot.
 *
 * @param zone the IANA id the times are shown in (the form sends it back)
 * @param dates every day with at least one slot
 * @param date the day shown, ISO; empty when no day has a slot
 * @param dayLabel the day shown, in words
 * @param slots that day's slots
 */
record SlotPicker(String zone, String zoneLabel, List<ZoneOption> zones, List<DateOption> dates, String date,
    String dayLabel, List<SlotOption> slots) {

  /** A day in the date list; {@code href} re-opens the page on that day, in the same zone. */
  record DateOption(String iso, String label, String href, boolean current) {}

  /** One radio button: {@code value} is the slot's start in UTC, as the form posts it back. */
  record SlotOption(String id, String value, String label, boolean checked) {}

  boolean hasSlots() {
    return !dates.isEmpty();
  }

  static SlotPicker of(SlotsView view, String pagePath, Optional<LocalDate> requested, Optional<Instant> chosen,
      Instant now) {
    ZoneId zone = view.candidateZone();
    Map<LocalDate, List<Slot>> byDay = new TreeMap<>();
    for (Slot slot : view.slots()) {
      byDay.computeIfAbsent(slot.start().atZone(zone).toLocalDate(), day -> new ArrayList<>()).add(slot);
    }
    Optional<LocalDate> chosenDay = chosen.map(start -> start.atZone(zone).toLocalDate())
        .filter(byDay::containsKey);
    LocalDate shown = requested.filter(byDay::containsKey).or(() -> chosenDay)
        .orElse(byDay.isEmpty() ? null : byDay.keySet().iterator().next());

    List<DateOption> dates = new ArrayList<>();
    for (LocalDate day : byDay.keySet()) {
      dates.add(new DateOption(day.toString(), TimeText.shortDay(day),
          pagePath + "?zone=" + encode(zone.getId()) + "&date=" + day, day.equals(shown)));
    }
    List<SlotOption> slots = new ArrayList<>();
    if (shown != null) {
      int index = 0;
      for (Slot slot : byDay.get(shown)) {
        Slot.ZonedSlot local = slot.in(zone);
        slots.add(new SlotOption("slot-" + index++, slot.start().toString(),
            TimeText.time(local.start()) + "–" + TimeText.time(local.end()),
            chosen.filter(slot.start()::equals).isPresent()));
      }
    }
    return new SlotPicker(zone.getId(), TimeText.zone(zone, now), ZoneOption.all(zone, now), dates,
        shown == null ? "" : shown.toString(), shown == null ? "" : TimeText.day(shown), slots);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
