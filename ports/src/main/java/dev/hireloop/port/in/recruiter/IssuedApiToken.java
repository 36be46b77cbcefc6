package dev.hireloop.port.in.recruiter;

/** A newly issued token: {@code plaintext} is shown to the recruiter once and stored nowhere. */
public record IssuedApiToken(ApiTokenView token, String plaintext) {
  @Override
  public String toString() {
    return "IssuedApiToken[token=" + token + ", plaintext=redacted]";
  }
}
