package dev.hireloop.adapter.in.http;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The server's one JSON mapper. Deliberate choices, all documented in {@code openapi.yaml}:
 * <ul>
 *   <li>property names are snake_case (the resource API and seed 001); a DTO that must keep another casing
 *       (seed 000's camelCase) says so with {@code @JsonNaming} on the record;</li>
 *   <li>{@code FAIL_ON_UNKNOWN_PROPERTIES} is on: a misspelt field is a 400 naming it, never silently ignored;</li>
 *   <li>no type coercion: {@code "5"} is not a number, {@code 5} is not a string, {@code 1.5} is not an integer;</li>
 *   <li>duplicate keys and trailing content make the body malformed;</li>
 *   <li>instants are ISO-8601 strings in UTC ({@code 2026-03-01T09:30:00Z}); input must carry an offset;</li>
 *   <li>decimals are written plainly ({@code 85000.50}, never {@code 8.5E+4}).</li>
 * </ul>
 */
public final class Json {
  private static final ObjectMapper MAPPER = build();

  private Json() {}

  /** The shared, fully configured mapper. Thread-safe; do not reconfigure it. */
  public static ObjectMapper objectMapper() {
    return MAPPER;
  }

  private static ObjectMapper build() {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    // ALLOW_COERCION_OF_SCALARS covers "5" -> number and "true" -> boolean; this covers the other direction.
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }
}
