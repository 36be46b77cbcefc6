package dev.hireloop.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.out.security.LinkClaims;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacLinkSignerTest {
  private static final byte[] KEY = key(1);
  private static final byte[] OTHER_KEY = key(2);
  private static final LinkClaims CLAIMS = new LinkClaims("booking",
      UUID.fromString("0f6c2a8e-1d2b-4c3d-9e8f-0123456789ab"), Instant.parse("2030-01-29T09:00:00Z"));
  private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private final HmacLinkSigner signer = new HmacLinkSigner(List.of(KEY));

  @Test
  void a_signed_token_verifies_to_the_same_claims() {
    String token = signer.sign(CLAIMS);

    assertThat(signer.verify(token)).contains(CLAIMS);
  }

  @Test
  void tokens_are_url_safe_and_short() {
    LinkClaims longest = new LinkClaims("a-purpose-of-thirty-one-letters", CLAIMS.subject(), CLAIMS.expiresAt());

    assertThat(signer.sign(CLAIMS)).matches("[A-Za-z0-9_.-]+").hasSizeLessThanOrEqualTo(200);
    assertThat(signer.sign(longest)).matches("[A-Za-z0-9_.-]+").hasSizeLessThanOrEqualTo(200);
    assertThat(signer.verify(signer.sign(longest))).contains(longest);
  }

  @Test
  void the_expiry_is_kept_to_the_second() {
    LinkClaims precise = new LinkClaims("booking", CLAIMS.subject(), Instant.parse("2030-01-29T09:00:00.987654Z"));

    assertThat(signer.verify(signer.sign(precise)).orElseThrow().expiresAt())
        .isEqualTo(Instant.parse("2030-01-29T09:00:00Z"));
  }

  @Test
  void changing_any_byte_of_the_payload_or_the_signature_breaks_the_token() {
    String token = signer.sign(CLAIMS);
    int dot = token.indexOf('.');
    byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
    byte[] mac = Base64.getUrlDecoder().decode(token.substring(dot + 1));

    for (int i = 0; i < payload.length; i++) {
      byte[] altered = payload.clone();
      altered[i] ^= 0x01;
      assertThat(signer.verify(encode(altered) + "." + encode(mac))).as("payload byte %d", i).isEmpty();
    }
    for (int i = 0; i < mac.length; i++) {
      byte[] altered = mac.clone();
      altered[i] ^= (byte) 0x80;
      assertThat(signer.verify(encode(payload) + "." + encode(altered))).as("signature byte %d", i).isEmpty();
    }
  }

  @Test
  void changing_any_character_breaks_the_token_even_where_the_decoder_would_ignore_it() {
    String token = signer.sign(CLAIMS);

    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) == '.') {
        continue;
      }
      for (char replacement : new char[] {next(token.charAt(i)), '='}) {
        String altered = token.substring(0, i) + replacement + token.substring(i + 1);
        assertThat(signer.verify(altered)).as("character %d as %s", i, replacement).isEmpty();
      }
    }
  }

  @Test
  void padding_or_a_second_spelling_of_the_same_bytes_is_refused() {
    String token = signer.sign(CLAIMS);

    assertThat(signer.verify(token + "=")).isEmpty();
    assertThat(signer.verify(token.replace(".", "=.")))
        .isEmpty();
  }

  @Test
  void a_token_of_another_key_is_refused() {
    String foreign = new HmacLinkSigner(List.of(OTHER_KEY)).sign(CLAIMS);

    assertThat(signer.verify(foreign)).isEmpty();
  }

  @Test
  void after_a_rotation_old_tokens_still_verify_and_new_ones_use_the_new_key() {
    String old = signer.sign(CLAIMS);
    HmacLinkSigner rotated = new HmacLinkSigner(List.of(OTHER_KEY, KEY));

    String fresh = rotated.sign(CLAIMS);

    assertThat(rotated.verify(old)).contains(CLAIMS);
    assertThat(rotated.verify(fresh)).contains(CLAIMS);
    assertThat(signer.verify(fresh)).as("the old key alone does not know the new one").isEmpty();
    assertThat(new HmacLinkSigner(List.of(OTHER_KEY)).verify(fresh)).contains(CLAIMS);
  }

  @Test
  void malformed_tokens_are_refused_without_an_exception() {
    String valid = signer.sign(CLAIMS);
    List<String> malformed = Arrays.asList(null, "", ".", "..", "abc", "abc.", ".abc", "a.b.c", "!!!.###",
        valid + "." + valid.substring(valid.indexOf('.') + 1), valid.substring(0, valid.indexOf('.')),
        valid.replace('.', '_'), "x".repeat(150) + "." + "y".repeat(60), valid + "AAAA", " " + valid,
        "AAAA.AAAA", "\u00e9\u00e9\u00e9.\u00e9\u00e9\u00e9");

    for (String token : malformed) {
      assertThat(signer.verify(token)).as("%s", token).isEmpty();
    }
  }

  @Test
  void a_correctly_signed_payload_this_signer_never_writes_is_refused() {
    byte[] purpose = "booking".getBytes(StandardCharsets.US_ASCII);
    byte[] otherFormat = payload((byte) 2, purpose);
    byte[] tooShort = Arrays.copyOf(payload((byte) 1, purpose), 1 + 16 + 8);
    byte[] badPurpose = payload((byte) 1, "Not A Purpose".getBytes(StandardCharsets.US_ASCII));

    for (byte[] payload : List.of(otherFormat, tooShort, badPurpose)) {
      assertThat(signer.verify(encode(payload) + "." + encode(hmac(KEY, payload)))).isEmpty();
    }
    byte[] good = payload((byte) 1, purpose);
    assertThat(signer.verify(encode(good) + "." + encode(hmac(KEY, good)))).contains(CLAIMS);
  }

  @Test
  void keys_must_be_given_and_long_enough() {
    assertThatThrownBy(() -> new HmacLinkSigner(List.of())).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new HmacLinkSigner(List.of(new byte[31]))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new HmacLinkSigner(Arrays.asList(KEY, null)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void the_signer_keeps_its_own_copy_of_the_key() {
    byte[] key = key(3);
    HmacLinkSigner copying = new HmacLinkSigner(List.of(key));
    String token = copying.sign(CLAIMS);

    Arrays.fill(key, (byte) 0);

    assertThat(copying.verify(token)).contains(CLAIMS);
  }

  @Test
  void two_ephemeral_signers_do_not_accept_each_others_tokens() {
    HmacLinkSigner first = HmacLinkSigner.ephemeral();
    HmacLinkSigner second = HmacLinkSigner.ephemeral();

    assertThat(first.verify(first.sign(CLAIMS))).contains(CLAIMS);
    assertThat(second.verify(first.sign(CLAIMS))).isEmpty();
  }

  private static byte[] payload(byte format, byte[] purpose) {
    return ByteBuffer.allocate(1 + 16 + 8 + purpose.length)
        .put(format)
        .putLong(CLAIMS.subject().getMostSignificantBits())
        .putLong(CLAIMS.subject().getLeastSignificantBits())
        .putLong(CLAIMS.expiresAt().getEpochSecond())
        .put(purpose)
        .array();
  }

  private static byte[] hmac(byte[] key, byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(payload);
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static char next(char c) {
    return BASE64URL.charAt((BASE64URL.indexOf(c) + 1) % BASE64URL.length());
  }

  private static byte[] key(int seed) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) seed);
    key[0] = (byte) (seed * 31);
    return key;
  }
}
