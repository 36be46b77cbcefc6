package dev.hireloop.domain.outreach;

/** Where a message goes. A LinkedIn connection request carries a note of at most 300 characters. */
public enum OutreachChannel {
  LINKEDIN_CONNECTION(300),
  LINKEDIN_MESSAGE(8_000),
  EMAIL(50_000);

  private final int maxBodyLength;

  OutreachChannel(int maxBodyLength) {
    this.maxBodyLength = maxBodyLength;
  }

  public int maxBodyLength() {
    return maxBodyLength;
  }
}
