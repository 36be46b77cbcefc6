package dev.hireloop.domain.job;

public enum RemotePolicy {
  ON_SITE,
  HYBRID,
  REMOTE
}
