package dev.hireloop.adapter.out.persistence.jdbi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireloop.domain.booking.Reschedule;
import dev.hireloop.domain.scheduling.Availability;
import dev.hireloop.domain.scheduling.DateOverride;
import dev.hireloop.domain.scheduling.LocalTimeRange;
import dev.hireloop.domain.scheduling.WorkingHours;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.domain.shared.Interval;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The JSON documents stored in TEXT columns: a booking's reschedule history and a recruiter's availability
 * settings. Written field by field through Jackson's tree model, with every value in its exact ISO-8601 text form
 * ({@code Instant}, {@code LocalTime} with any fraction, {@code Duration}, {@code LocalDate}, zone ids), so that a
 * document reads back equal to what was written. Reading validates through the domain's constructors; a document
 * that cannot be read is an {@code ExternalServiceException} (the stored data is broken, not the caller's input).
 * Thread-safe.
 */
final class SchedulingJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private SchedulingJson() {}

  static String writeReschedules(List<Reschedule> reschedules) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Reschedule move : reschedules) {
      ObjectNode node = array.addObject();
      node.put("from_start", move.from().start().toString());
      node.put("from_end", move.from().end().toString());
      node.put("to_start", move.to().start().toString());
      node.put("to_end", move.to().end().toString());
      node.put("at", move.at().toString());
      move.reason().ifPresent(reason -> node.put("reason", reason));
    }
    return write(array);
  }

  static List<Reschedule> readReschedules(String json) {
    return read(json, "booking.unreadable", "a stored booking's reschedule history", root -> {
      List<Reschedule> moves = new ArrayList<>();
      for (JsonNode node : array(root)) {
        moves.add(new Reschedule(
            new Interval(instant(node, "from_start"), instant(node, "from_end")),
            new Interval(instant(node, "to_start"), instant(node, "to_end")),
            instant(node, "at"),
            Optional.ofNullable(node.get("reason")).map(JsonNode::textValue)));
      }
      return List.copyOf(moves);
    });
  }

  static String writeAvailability(Availability availability) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("zone", availability.zone().getId());
    ObjectNode weekly = root.putObject("weekly_hours");
    availability.weeklyHours().days().forEach((day, ranges) -> writeRanges(weekly.putArray(day.name()), ranges));
    ArrayNode overrides = root.putArray("overrides");
    for (DateOverride override : availability.overrides()) {
      ObjectNode node = overrides.addObject();
      node.put("date", override.date().toString());
      node.put("kind", override.kind().name());
      writeRanges(node.putArray("ranges"), override.ranges());
    }
    root.put("buffer_before", availability.bufferBefore().toString());
    root.put("buffer_after", availability.bufferAfter().toString());
    root.put("minimum_notice", availability.minimumNotice().toString());
    root.put("no_same_day", availability.noSameDay());
    root.put("window_days", availability.windowDays());
    root.put("slot_step", availability.slotStep().toString());
    availability.maxPerDay().ifPresent(limit -> root.put("max_per_day", limit));
    availability.maxPerWeek().ifPresent(limit -> root.put("max_per_week", limit));
    return write(root);
  }

  static Availability readAvailability(String json) {
    return read(json, "availability.unreadable", "a stored availability", root -> {
      Map<DayOfWeek, List<LocalTimeRange>> days = new EnumMap<>(DayOfWeek.class);
      for (Map.Entry<String, JsonNode> entry : field(root, "weekly_hours").properties()) {
        days.put(DayOfWeek.valueOf(entry.getKey()), ranges(entry.getValue()));
      }
      List<DateOverride> overrides = new ArrayList<>();
      for (JsonNode node : array(field(root, "overrides"))) {
        overrides.add(new DateOverride(LocalDate.parse(text(node, "date")),
            DateOverride.Kind.valueOf(text(node, "kind")), ranges(field(node, "ranges"))));
      }
      return new Availability(ZoneId.of(text(root, "zone")), new WorkingHours(days), overrides,
          Duration.parse(text(root, "buffer_before")), Duration.parse(text(root, "buffer_after")),
          Duration.parse(text(root, "minimum_notice")), field(root, "no_same_day").booleanValue(),
          field(root, "window_days").intValue(), Duration.parse(text(root, "slot_step")),
          optionalInt(root, "max_per_day"), optionalInt(root, "max_per_week"));
    });
  }

  private static void writeRanges(ArrayNode array, List<LocalTimeRange> ranges) {
    for (LocalTimeRange range : ranges) {
      array.addObject().put("start", range.start().toString()).put("end", range.end().toString());
    }
  }

  private static List<LocalTimeRange> ranges(JsonNode node) {
    List<LocalTimeRange> ranges = new ArrayList<>();
    for (JsonNode range : array(node)) {
      ranges.add(new LocalTimeRange(LocalTime.parse(text(range, "start")), LocalTime.parse(text(range, "end"))));
    }
    return ranges;
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JacksonException e) {
      throw new IllegalStateException("a tree of strings, numbers and booleans is always serialisable", e);
    }
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read(JsonNode root);
  }

  private static <T> T read(String json, String code, String what, Reader<T> reader) {
    try {
      return reader.read(MAPPER.readTree(json));
    } catch (JacksonException | DateTimeException | IllegalArgumentException | HireloopException e) {
      throw new ExternalServiceException(code, what + " cannot be read", e);
    }
  }

  private static JsonNode field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing field " + name);
    }
    return value;
  }

  private static ArrayNode array(JsonNode node) {
    if (!(node instanceof ArrayNode array)) {
      throw new IllegalArgumentException("not an array");
    }
    return array;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("field " + name + " is not text");
    }
    return value.textValue();
  }

  private static Instant instant(JsonNode node, String name) {
    return Instant.parse(text(node, name));
  }

  private static OptionalInt optionalInt(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? OptionalInt.empty() : OptionalInt.of(value.intValue());
  }
}
