package dev.hireloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Booking links are signed with keys derived from the secret keyring: they keep working across restarts and after
 * a new key is put first, and stop when their key is removed. The lifetime and base URL come from the environment.
 */
class BookingLinkKeysEndToEndTest {
  private static final String KEY_1 = Base64.getEncoder().encodeToString(filled(1));
  private static final String KEY_2 = Base64.getEncoder().encodeToString(filled(2));

  @TempDir
  Path dataDir;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void links_survive_a_restart_and_a_key_rotation_and_die_with_their_key() throws Exception {
    String token;
    String oldLink;
    try (RunningServer server = RunningServer.start(config("k1:" + KEY_1))) {
      token = server.bootstrapped().orElseThrow().token().plaintext();
      Instant before = Instant.now();
      JsonNode created = createLink(server, token);
      Instant after = Instant.now();

      oldLink = created.get("booking_link").asText();
      assertThat(oldLink).startsWith("https://hire.example.com/book/");
      Instant expiresAt = Instant.parse(created.get("expires_at").asText());
      assertThat(expiresAt).isBetween(before.plus(Duration.ofDays(3)).minusSeconds(1),
          after.plus(Duration.ofDays(3)).plusSeconds(1));
      assertThat(readLink(server, oldLink)).isEqualTo(200);
    }

    try (RunningServer server = RunningServer.start(config("k1:" + KEY_1))) {
      assertThat(readLink(server, oldLink)).as("after a restart").isEqualTo(200);
    }

    String newLink;
    try (RunningServer server = RunningServer.start(config("k2:" + KEY_2 + ",k1:" + KEY_1))) {
      assertThat(readLink(server, oldLink)).as("after a new key was put first").isEqualTo(200);
      newLink = createLink(server, token).get("booking_link").asText();
      assertThat(readLink(server, newLink)).isEqualTo(200);
    }

    try (RunningServer server = RunningServer.start(config("k2:" + KEY_2))) {
      assertThat(readLink(server, oldLink)).as("once its key is gone").isEqualTo(404);
      assertThat(readLink(server, newLink)).isEqualTo(200);
    }
  }

  private ServerConfig config(String secretKeys) {
    Map<String, String> env = new HashMap<>();
    env.put("HIRELOOP_PORT", "0");
    env.put("HIRELOOP_HOST", "127.0.0.1");
    env.put("HIRELOOP_DATA_DIR", dataDir.toString());
    env.put("HIRELOOP_SECRET_KEYS", secretKeys);
    env.put("HIRELOOP_BASE_URL", "https://hire.example.com");
    env.put("HIRELOOP_BOOKING_LINK_DAYS", "3");
    return ServerConfig.fromEnv(env);
  }

  private JsonNode createLink(RunningServer server, String token) throws IOException, InterruptedException {
    HttpResponse<String> profile = post(server, "/api/profiles", token, "{\"full_name\": \"Grace Hopper\"}");
    assertThat(profile.statusCode()).as(profile.body()).isEqualTo(201);
    String profileId = json.readTree(profile.body()).get("id").asText();
    HttpResponse<String> link = post(server, "/scheduling/book", token, "{\"profile_id\": \"" + profileId + "\"}");
    assertThat(link.statusCode()).as(link.body()).isEqualTo(201);
    return json.readTree(link.body());
  }

  /** The link's JSON details, asked of this server whatever host the link names. */
  private int readLink(RunningServer server, String link) throws IOException, InterruptedException {
    String linkToken = link.substring(link.indexOf("/book/") + "/book/".length());
    return http.send(request(server, "/scheduling/links/" + linkToken).GET().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private HttpResponse<String> post(RunningServer server, String path, String token, String body)
      throws IOException, InterruptedException {
    return http.send(request(server, path).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(RunningServer server, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(10));
  }

  private static byte[] filled(int seed) {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (seed * 41 + i);
    }
    return key;
  }
}
