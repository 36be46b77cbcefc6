package dev.hireloop.port.in.recruiter;

import dev.hireloop.domain.recruiter.ApiTokenId;
import dev.hireloop.domain.shared.RecruiterId;

/** Who is calling: the recruiter a valid token belongs to, and the token. */
public record Principal(RecruiterId recruiterId, ApiTokenId tokenId) {}
