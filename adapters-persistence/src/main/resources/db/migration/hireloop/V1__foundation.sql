-- Hireloop foundation: recruiters and their API tokens, jobs, candidate profiles, the audit trail, the event
-- outbox with its delivery ledger, and db-scheduler's task table.
--
-- Portable SQL: runs on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE. Flyway runs it
-- with the Hireloop schema as the default schema, so table names here are unqualified; the adapters always
-- qualify them. Instants are TIMESTAMP WITH TIME ZONE, written in UTC and truncated to microseconds.
-- Enumerations are stored by name (VARCHAR), never by ordinal.
--
-- search_* columns hold text lower-cased by the application (Locale.ROOT), so that case-insensitive search
-- behaves the same on every database and in memory, whatever the database collation.
--
-- There are deliberately no foreign keys to recruiters: the ports promise no referential checks (the in-memory
-- adapter could not match them), ownership is checked by the application services, and audit entries and events
-- must outlive the rows they mention.

CREATE TABLE recruiters (
    id          UUID                     NOT NULL,
    name        VARCHAR(200)             NOT NULL,
    email       VARCHAR(254)             NOT NULL,
    time_zone   VARCHAR(100)             NOT NULL,
    status      VARCHAR(20)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT recruiters_pk PRIMARY KEY (id),
    CONSTRAINT recruiters_email_uk UNIQUE (email)
);
CREATE INDEX recruiters_created_ix ON recruiters (created_at, id);

CREATE TABLE api_tokens (
    id            UUID                     NOT NULL,
    recruiter_id  UUID                     NOT NULL,
    label         VARCHAR(100)             NOT NULL,
    prefix        VARCHAR(10)              NOT NULL,
    token_hash    VARCHAR(64)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT                   NOT NULL,
    CONSTRAINT api_tokens_pk PRIMARY KEY (id),
    CONSTRAINT api_tokens_token_hash_uk UNIQUE (token_hash)
);
CREATE INDEX api_tokens_recruiter_ix ON api_tokens (recruiter_id, created_at, id);

-- Salary amounts are decimal text (BigDecimal.toString) so that they read back with their exact scale:
-- BigDecimal equality is scale-sensitive, and H2 normalises unconstrained NUMERIC values.
CREATE TABLE jobs (
    id               UUID                     NOT NULL,
    recruiter_id     UUID                     NOT NULL,
    title            VARCHAR(200)             NOT NULL,
    company          VARCHAR(200),
    description      VARCHAR(100000)          NOT NULL,
    location         VARCHAR(200),
    remote_policy    VARCHAR(20)              NOT NULL,
    employment_type  VARCHAR(20)              NOT NULL,
    salary_currency  VARCHAR(3),
    salary_min       VARCHAR(40),
    salary_max       VARCHAR(40),
    salary_period    VARCHAR(10),
    minimum_years    INTEGER,
    source_url       VARCHAR(2000),
    status           VARCHAR(20)              NOT NULL,
    search_title     VARCHAR(800)             NOT NULL,
    search_company   VARCHAR(800),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at        TIMESTAMP WITH TIME ZONE,
    closed_at        TIMESTAMP WITH TIME ZONE,
    version          BIGINT                   NOT NULL,
    CONSTRAINT jobs_pk PRIMARY KEY (id)
);
CREATE INDEX jobs_recruiter_created_ix ON jobs (recruiter_id, created_at DESC, id DESC);
CREATE INDEX jobs_recruiter_status_ix ON jobs (recruiter_id, status, created_at DESC, id DESC);

-- One row per skill of a job: required and preferred skills are disjoint by key, so the key identifies the row.
CREATE TABLE job_skills (
    job_id     UUID         NOT NULL,
    skill_key  VARCHAR(400) NOT NULL,
    name       VARCHAR(100) NOT NULL,
    required   BOOLEAN      NOT NULL,
    position   INTEGER      NOT NULL,
    CONSTRAINT job_skills_pk PRIMARY KEY (job_id, skill_key),
    CONSTRAINT job_skills_job_fk FOREIGN KEY (job_id) REFERENCES jobs (id) ON DELETE CASCADE
);
CREATE INDEX job_skills_key_ix ON job_skills (skill_key, job_id);

-- A recruiter has at most one profile per e-mail address; profiles without an address are not constrained
-- (NULLs are distinct in a UNIQUE constraint on both databases).
CREATE TABLE profiles (
    id                   UUID                     NOT NULL,
    recruiter_id         UUID                     NOT NULL,
    full_name            VARCHAR(200)             NOT NULL,
    email                VARCHAR(254),
    phone                VARCHAR(30),
    location             VARCHAR(200),
    headline             VARCHAR(300),
    linkedin_urn         VARCHAR(120),
    years_of_experience  INTEGER,
    time_zone            VARCHAR(100),
    source               VARCHAR(20)              NOT NULL,
    status               VARCHAR(20)              NOT NULL,
    status_before_hold   VARCHAR(20),
    status_changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    search_name          VARCHAR(800)             NOT NULL,
    search_headline      VARCHAR(1200),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL,
    CONSTRAINT profiles_pk PRIMARY KEY (id),
    CONSTRAINT profiles_email_uk UNIQUE (recruiter_id, email)
);
CREATE INDEX profiles_recruiter_created_ix ON profiles (recruiter_id, created_at DESC, id DESC);
CREATE INDEX profiles_recruiter_status_ix ON profiles (recruiter_id, status);

CREATE TABLE profile_skills (
    profile_id  UUID         NOT NULL,
    skill_key   VARCHAR(400) NOT NULL,
    name        VARCHAR(100) NOT NULL,
    position    INTEGER      NOT NULL,
    CONSTRAINT profile_skills_pk PRIMARY KEY (profile_id, skill_key),
    CONSTRAINT profile_skills_profile_fk FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE
);
CREATE INDEX profile_skills_key_ix ON profile_skills (skill_key, profile_id);

-- details: a JSON object of codes and ids (never personal data), as text.
CREATE TABLE audit_entries (
    id            UUID                     NOT NULL,
    recruiter_id  UUID,
    actor_kind    VARCHAR(20)              NOT NULL,
    actor_id      UUID,
    action        VARCHAR(100)             NOT NULL,
    subject_type  VARCHAR(100)             NOT NULL,
    subject_id    UUID                     NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    details       VARCHAR(20000)           NOT NULL,
    CONSTRAINT audit_entries_pk PRIMARY KEY (id)
);
CREATE INDEX audit_entries_recruiter_ix ON audit_entries (recruiter_id, occurred_at DESC, id DESC);

-- The transactional outbox: events are inserted in the transaction of the change that caused them. payload is
-- the event record as JSON text; dispatched_at is set when the dispatcher has handed the event out.
CREATE TABLE event_outbox (
    sequence       BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    event_id       UUID                     NOT NULL,
    event_type     VARCHAR(100)             NOT NULL,
    recruiter_id   UUID                     NOT NULL,
    subject_id     UUID                     NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    payload        VARCHAR(100000)          NOT NULL,
    dispatched_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT event_outbox_pk PRIMARY KEY (sequence),
    CONSTRAINT event_outbox_event_id_uk UNIQUE (event_id)
);
CREATE INDEX event_outbox_undispatched_ix ON event_outbox (dispatched_at, sequence);
CREATE INDEX event_outbox_recruiter_ix ON event_outbox (recruiter_id, sequence);

-- Which handler has processed which event: the per-handler idempotency key.
CREATE TABLE event_processed (
    event_id      UUID                     NOT NULL,
    handler       VARCHAR(100)             NOT NULL,
    processed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT event_processed_pk PRIMARY KEY (event_id, handler)
);

-- Deliveries that failed every attempt, until an operator replays them. last_error holds no personal data.
CREATE TABLE event_dead_letters (
    event_id      UUID                     NOT NULL,
    handler       VARCHAR(100)             NOT NULL,
    event_type    VARCHAR(100)             NOT NULL,
    recruiter_id  UUID                     NOT NULL,
    attempts      INTEGER                  NOT NULL,
    last_error    VARCHAR(2000)            NOT NULL,
    failed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT event_dead_letters_pk PRIMARY KEY (event_id, handler)
);
CREATE INDEX event_dead_letters_recruiter_ix ON event_dead_letters (recruiter_id, failed_at DESC);

-- db-scheduler 16.12.0's table, from its upstream PostgreSQL DDL with VARCHAR instead of TEXT so that it also
-- runs on H2. db-scheduler is configured with tableName("<schema>.scheduled_tasks").
CREATE TABLE scheduled_tasks (
    task_name             VARCHAR                  NOT NULL,
    task_instance         VARCHAR                  NOT NULL,
    task_data             BYTEA,
    execution_time        TIMESTAMP WITH TIME ZONE NOT NULL,
    picked                BOOLEAN                  NOT NULL,
    picked_by             VARCHAR,
    last_success          TIMESTAMP WITH TIME ZONE,
    last_failure          TIMESTAMP WITH TIME ZONE,
    consecutive_failures  INTEGER,
    last_heartbeat        TIMESTAMP WITH TIME ZONE,
    version               BIGINT                   NOT NULL,
    priority              SMALLINT,
    CONSTRAINT scheduled_tasks_pk PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_ix ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_ix ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_ix ON scheduled_tasks (priority DESC, execution_time ASC);
