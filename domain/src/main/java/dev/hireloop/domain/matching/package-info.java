/**
 * Explainable candidate–job matching: a deterministic score in [0, 1] with its breakdown and the evidence for
 * every matched and missing skill. The inputs ({@link dev.hireloop.domain.matching.CandidateFacts} and the job's
 * details) carry no name, gender, age, photo or nationality, so the score cannot use them.
 */
package dev.hireloop.domain.matching;
