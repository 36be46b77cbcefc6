-- Hireloop CV intake and matching: the original CV documents kept with their profile, the parsed reading of each
-- (a profile's CV history), and the stored match of a profile to a job.
--
-- Same conventions as V1–V3: portable SQL for PostgreSQL 15 and H2 2.x in MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE,
-- unqualified table names, instants as TIMESTAMP WITH TIME ZONE in UTC truncated to microseconds. (V4 belongs to
-- the e-mail sending work; this file does not depend on it.)

-- The documents as received, byte for byte (BYTEA: binary on PostgreSQL, BINARY VARYING on H2; a CV is at most the
-- configured cap, 10 MiB by default). file_name is personal data (often the candidate's name): it is erased with
-- the row and never logged.
CREATE TABLE profile_documents (
    id            UUID                     NOT NULL,
    recruiter_id  UUID                     NOT NULL,
    profile_id    UUID                     NOT NULL,
    file_name     VARCHAR(255)             NOT NULL,
    media_type    VARCHAR(200)             NOT NULL,
    size_bytes    BIGINT                   NOT NULL,
    sha256        VARCHAR(64)              NOT NULL,
    content       BYTEA                    NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT profile_documents_pk PRIMARY KEY (id),
    CONSTRAINT profile_documents_profile_fk FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE
);
CREATE INDEX profile_documents_profile_ix ON profile_documents (profile_id, received_at DESC, id DESC);

-- What the parser read from each document (JSON written and read by the adapter), and the profile version the
-- intake produced: the profile's CV history. Erased together with its document.
CREATE TABLE profile_cvs (
    document_id      UUID                     NOT NULL,
    recruiter_id     UUID                     NOT NULL,
    profile_id       UUID                     NOT NULL,
    profile_version  BIGINT                   NOT NULL,
    created_profile  BOOLEAN                  NOT NULL,
    parsed           TEXT                     NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT profile_cvs_pk PRIMARY KEY (document_id),
    CONSTRAINT profile_cvs_document_fk FOREIGN KEY (document_id) REFERENCES profile_documents (id) ON DELETE CASCADE
);
CREATE INDEX profile_cvs_profile_ix ON profile_cvs (profile_id, received_at DESC, document_id DESC);
-- matching a job reads the latest CV of every profile of the recruiter
CREATE INDEX profile_cvs_recruiter_ix ON profile_cvs (recruiter_id, profile_id, received_at DESC, document_id DESC);

-- One stored match per (profile, job), id derived from both (MatchId.of); re-running matching replaces it. The
-- result (components, skills with evidence) is JSON written and read by the adapter; score is repeated as a
-- column for the "best first" listings on either side.
CREATE TABLE profile_matches (
    id            UUID                     NOT NULL,
    recruiter_id  UUID                     NOT NULL,
    profile_id    UUID                     NOT NULL,
    job_id        UUID                     NOT NULL,
    score         DOUBLE PRECISION         NOT NULL,
    result        TEXT                     NOT NULL,
    matched_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT profile_matches_pk PRIMARY KEY (id),
    CONSTRAINT profile_matches_pair_uq UNIQUE (profile_id, job_id),
    CONSTRAINT profile_matches_score_ck CHECK (score >= 0 AND score <= 1),
    CONSTRAINT profile_matches_profile_fk FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE,
    CONSTRAINT profile_matches_job_fk FOREIGN KEY (job_id) REFERENCES jobs (id) ON DELETE CASCADE
);
CREATE INDEX profile_matches_job_score_ix ON profile_matches (job_id, score DESC, profile_id);
CREATE INDEX profile_matches_profile_score_ix ON profile_matches (profile_id, score DESC, job_id);
