package dev.hireloop.adapter.in.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** One entry of the time-zone selector: IANA id, label with its current offset, and whether it is the one shown. */
record ZoneOption(String id, String label, boolean selected) {
  // region ids only: the legacy aliases (US/Eastern, Etc/GMT+5, SystemV/…) would only confuse the list
  private static final Pattern REGION =
      Pattern.compile("^(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/+-]+$");
  private static final List<String> IDS = regionIds();

  /** Every region zone, sorted, plus UTC; {@code selected} is in the list even if it is not a region id. */
  static List<ZoneOption> all(ZoneId selected, Instant at) {
    Set<String> ids = new TreeSet<>(IDS);
    ids.add(selected.getId());
    List<ZoneOption> options = new ArrayList<>(ids.size());
    for (String id : ids) {
      ZoneId zone = ZoneId.of(id);
      options.add(new ZoneOption(id, TimeText.zone(zone, at), id.equals(selected.getId())));
    }
    return options;
  }

  private static List<String> regionIds() {
    Set<String> ids = new TreeSet<>();
    for (String id : ZoneId.getAvailableZoneIds()) {
      if (REGION.matcher(id).matches()) {
        ids.add(id);
      }
    }
    ids.add("UTC");
    return List.copyOf(ids);
  }
}
