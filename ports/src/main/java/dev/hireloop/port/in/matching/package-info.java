/**
 * Matching profiles to jobs: run for one profile (against the recruiter's open jobs) or one job (against the
 * recruiter's profiles), store the best results and read them back, best first, with their explanation.
 */
package dev.hireloop.port.in.matching;
