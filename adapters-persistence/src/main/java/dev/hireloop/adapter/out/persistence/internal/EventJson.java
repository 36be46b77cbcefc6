package dev.hireloop.adapter.out.persistence.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.out.events.DomainEventTypes;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * The stored JSON form of domain events and audit details. Events are written as their record components (typed
 * ids as {@code {"value": "…"}}, instants as ISO-8601 strings truncated to microseconds) and read back through
 * {@link DomainEventTypes}, so a stored event equals the appended one. Unknown properties are ignored on reading,
 * so that removing a field from an event does not make old payloads unreadable. Thread-safe.
 */
public final class EventJson {
  private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

  private final ObjectMapper mapper;

  private EventJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public static EventJson create() {
    SimpleModule microseconds = new SimpleModule("hireloop-microseconds");
    microseconds.addSerializer(Instant.class, new MicrosecondInstantSerializer());
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(microseconds)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .build();
    return new EventJson(mapper);
  }

  /**
   * The payload to store. It is read back once before it is returned, so an event that could not be read later
   * (an unregistered type, or a value whose invariant breaks once its instants are truncated) is refused now,
   * with {@code InvalidValueException} {@code event.unserialisable}, instead of blocking the outbox afterwards.
   */
  public String write(DomainEvent event) {
    Class<? extends DomainEvent> type = DomainEventTypes.require(event.eventType());
    try {
      String payload = mapper.writeValueAsString(event);
      mapper.readValue(payload, type);
      return payload;
    } catch (JacksonException e) {
      throw new InvalidValueException("event.unserialisable", "event " + event.eventType() + " cannot be stored", e);
    }
  }

  public DomainEvent read(String eventType, String json) {
    Class<? extends DomainEvent> type = DomainEventTypes.require(eventType);
    try {
      return mapper.readValue(json, type);
    } catch (JacksonException e) {
      throw new ExternalServiceException("event.unreadable", "a stored " + eventType + " event cannot be read", e);
    }
  }

  /** The same event as it reads back after storing (instants truncated). */
  public DomainEvent roundTrip(DomainEvent event) {
    return read(event.eventType(), write(event));
  }

  public String writeDetails(Map<String, String> details) {
    try {
      return mapper.writeValueAsString(details);
    } catch (JacksonException e) {
      throw new IllegalStateException("a map of strings is always serialisable", e);
    }
  }

  public Map<String, String> readDetails(String json) {
    try {
      return mapper.readValue(json, DETAILS);
    } catch (JacksonException e) {
      throw new ExternalServiceException("audit.unreadable", "stored audit details cannot be read", e);
    }
  }

  private static final class MicrosecondInstantSerializer extends StdSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    MicrosecondInstantSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      generator.writeString(Microseconds.truncate(value).toString());
    }
  }
}
