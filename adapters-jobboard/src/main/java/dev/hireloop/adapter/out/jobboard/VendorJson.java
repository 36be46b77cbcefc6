package dev.hireloop.adapter.out.jobboard;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.ExternalServiceException.Failure;
import java.io.IOException;
import java.util.Optional;

/** The adapter's JSON reading: vendor answers into adapter-internal records; Jackson never leaves this module. */
final class VendorJson {
  /** Vendor APIs: strict syntax, unknown fields ignored (vendors add fields all the time). */
  private static final ObjectMapper API = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  /** JSON-LD written by hand into career pages: raw line breaks in strings, trailing commas, comments. */
  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();

  private VendorJson() {}

  static <T> T read(byte[] body, Class<T> type) {
    try {
      T value = API.readValue(body, type);
      if (value == null) {
        throw badResponse(null);
      }
      return value;
    } catch (IOException e) {
      throw badResponse(e);
    }
  }

  /** A JSON-LD block as a tree, or empty when it is not JSON even by lenient rules. */
  static Optional<JsonNode> lenientTree(String text) {
    try {
      return Optional.ofNullable(LENIENT.readTree(text));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static ExternalServiceException badResponse(Throwable cause) {
    return new ExternalServiceException("source.bad-response", "the job board answered something that is not a "
        + "posting", Failure.BAD_RESPONSE, cause);
  }
}
