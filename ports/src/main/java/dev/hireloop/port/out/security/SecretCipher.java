package dev.hireloop.port.out.security;

/**
 * Encrypts provider secrets (Cal.com keys, OAuth tokens) at rest. The implementation uses authenticated
 * encryption (AES-256-GCM) with a key id in every envelope: new secrets are sealed with the active key, old ones
 * still open with the key they name. {@code context} is bound to the ciphertext (associated data): a secret
 * sealed for one recruiter and purpose does not open under another context. Thread-safe.
 */
public interface SecretCipher {
  SealedSecret seal(String plaintext, String context);

  /**
   * @throws dev.hireloop.domain.shared.InvalidValueException if the envelope is malformed, names an unknown key,
   *     or fails authentication (tampered, or sealed for another context)
   */
  String open(SealedSecret sealed, String context);

  /** The key id new secrets are sealed with. */
  String activeKeyId();
}
