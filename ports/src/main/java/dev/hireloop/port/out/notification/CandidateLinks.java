package dev.hireloop.port.out.notification;

import java.net.URI;

/**
 * Where the candidate's pages live, for the links in the candidate's e-mails. The library knows the manage token
 * (the credential of one booking); the host knows its own address. The server's answer is
 * {@code <base URL>/interviews/<token>}.
 */
public interface CandidateLinks {
  /** The page on which the holder of {@code manageToken} sees, reschedules or cancels their interview. */
  URI managePage(String manageToken);
}
