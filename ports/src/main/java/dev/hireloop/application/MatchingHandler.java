package dev.hireloop.application;

import dev.hireloop.domain.job.Job;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.job.JobPosted;
import dev.hireloop.domain.job.JobUpdated;
import dev.hireloop.domain.profile.CvReceived;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.matching.MatchJobCommand;
import dev.hireloop.port.in.matching.MatchLimits;
import dev.hireloop.port.in.matching.MatchProfileCommand;
import dev.hireloop.port.out.events.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps stored matches current: a received CV re-matches its profile against the recruiter's open jobs; a job
 * posted, or an open job edited, re-matches the job against the recruiter's profiles. A run replaces the stored
 * matches, so a redelivered event stores the same result again. A job that is not open (a draft edited) or a
 * profile or job that is gone is skipped. Registered by {@link Hireloop} itself under {@value #NAME}.
 */
final class MatchingHandler implements EventHandler {
  static final String NAME = "matching";
  private static final Logger LOG = LoggerFactory.getLogger(MatchingHandler.class);

  private final ServiceContext context;
  private final MatchingService matching;
  private final MatchLimits limits;

  MatchingHandler(ServiceContext context, MatchingService matching, MatchLimits limits) {
    this.context = context;
    this.matching = matching;
    this.limits = limits;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean handles(DomainEvent event) {
    return event instanceof CvReceived || event instanceof JobPosted || event instanceof JobUpdated;
  }

  @Override
  public void handle(DomainEvent event) {
    if (event instanceof CvReceived received) {
      if (context.persistence().profiles().findById(received.profileId()).isPresent()) {
        int stored = matching.match(new MatchProfileCommand(received.recruiterId(), received.profileId(),
            limits.limit(), limits.minScore())).size();
        LOG.debug("Matched profile {} to {} jobs", received.profileId(), stored);
      }
    } else if (event instanceof JobPosted posted) {
      matchJob(posted.recruiterId(), posted.jobId());
    } else if (event instanceof JobUpdated updated) {
      matchJob(updated.recruiterId(), updated.jobId());
    }
  }

  private void matchJob(RecruiterId recruiterId, JobId jobId) {
    boolean open = context.persistence().jobs().findById(jobId).filter(Job::isOpen).isPresent();
    if (open) {
      int stored = matching.match(new MatchJobCommand(recruiterId, jobId, limits.limit(), limits.minScore())).size();
      LOG.debug("Matched job {} to {} profiles", jobId, stored);
    }
  }
}
