package dev.hireloop.domain.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Locations from "Location:" lines ("Location: Berlin, Germany (hybrid)", "Locations: London; Remote (UK)").
 * Several places split at ";", "|", " / " and " or " (outside parentheses); a note on where the work happens
 * ("(hybrid, 2 days a week in the office)", " - On-site") is the remote policy's business and is dropped.
 */
final class LocationParser {
  private static final Pattern LOCATION_LINE = Pattern.compile(
      "^(?:job |work |office |primary )?(?:locations?|based in|office|city)\\s*:\\s*(?<value>.{1,300})$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WORKPLACE_NOTE = Pattern.compile(
      "\\s*\\((?=[^)]*\\b(?:hybrid|on[- ]?site|in[- ]office|office|remote|days?)\\b)[^)]*\\)"
          + "|\\s+[-–—|]\\s*(?:hybrid|on[- ]?site|in[- ]office|in[- ]person)\\s*$",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;]+$");

  private LocationParser() {}

  static List<String> detect(List<String> texts) {
    List<String> out = new ArrayList<>();
    for (String text : texts) {
      Matcher line = LOCATION_LINE.matcher(text.strip());
      if (!line.matches()) {
        continue;
      }
      for (String place : split(line.group("value"))) {
        String clean = TRAILING_PUNCTUATION.matcher(WORKPLACE_NOTE.matcher(place).replaceAll("").strip())
            .replaceFirst("");
        if (!clean.isEmpty() && clean.length() <= 200 && !out.contains(clean) && out.size() < 50) {
          out.add(clean);
        }
      }
    }
    return out;
  }

  /** Splits at separators outside parentheses. */
  private static List<String> split(String value) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0) {
        int separator = separatorAt(value, i);
        if (separator > 0) {
          out.add(value.substring(start, i));
          start = i + separator;
          i = start - 1;
        }
      }
    }
    out.add(value.substring(start));
    return out;
  }

  private static int separatorAt(String value, int i) {
    char c = value.charAt(i);
    if (c == ';' || c == '|') {
      return 1;
    }
    if (value.startsWith(" / ", i)) {
      return 3;
    }
    if (value.regionMatches(true, i, " or ", 0, 4)) {
      return 4;
    }
    return 0;
  }
}
