-- Hireloop scheduling: bookings (the conflict ledger), each recruiter's availability, interview templates (event
-- types), and one lock row per recruiter that serialises the ledger's writes.
--
-- Same conventions as V1: portable SQL for PostgreSQL 15 and H2 2.x in MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE,
-- unqualified table names (Flyway runs this with the Hireloop schema as the default schema), instants as
-- TIMESTAMP WITH TIME ZONE in UTC truncated to microseconds, enumerations by name, no foreign keys to recruiters.
-- JSON documents are TEXT written and read by the adapter with Jackson; no statement looks inside them.
--
-- The PostgreSQL exclusion constraint that makes overlapping held ranges impossible is not here: it needs the
-- btree_gist extension and PostgreSQL-only syntax, so it lives in db/migration/hireloop-postgresql (V2_1), a
-- location HireloopSchema adds only when the database is PostgreSQL.

-- One row per booking. slot_* is the interview itself; held_* is the slot widened by the interviewer's buffers
-- at booking time, the range the conflict ledger reserves while the booking is PENDING or CONFIRMED. Both are
-- absent for a booking link nobody has used yet. reschedules: the JSON array of past moves, oldest first.
CREATE TABLE bookings (
    id                   UUID                     NOT NULL,
    recruiter_id         UUID                     NOT NULL,
    profile_id           UUID                     NOT NULL,
    job_id               UUID,
    event_type_id        UUID,
    provider             VARCHAR(32)              NOT NULL,
    duration_minutes     INTEGER                  NOT NULL,
    candidate_time_zone  VARCHAR(100)             NOT NULL,
    status               VARCHAR(20)              NOT NULL,
    slot_start           TIMESTAMP WITH TIME ZONE,
    slot_end             TIMESTAMP WITH TIME ZONE,
    held_start           TIMESTAMP WITH TIME ZONE,
    held_end             TIMESTAMP WITH TIME ZONE,
    reschedules          TEXT                     NOT NULL,
    cancellation_reason  VARCHAR(500),
    external_id          VARCHAR(200),
    expires_at           TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL,
    CONSTRAINT bookings_pk PRIMARY KEY (id),
    CONSTRAINT bookings_slot_ck CHECK ((slot_start IS NULL AND slot_end IS NULL) OR slot_end > slot_start),
    CONSTRAINT bookings_held_ck CHECK ((held_start IS NULL AND held_end IS NULL)
        OR (held_start <= slot_start AND held_end >= slot_end))
);
-- interview lists: a recruiter's bookings by start (search)
CREATE INDEX bookings_recruiter_slot_ix ON bookings (recruiter_id, slot_start, id);
-- the ledger's reads: a recruiter's held ranges that end after a given instant (findHolding, the H2 overlap check)
CREATE INDEX bookings_recruiter_held_ix ON bookings (recruiter_id, held_end, held_start);

-- One row per recruiter that has saved a booking holding a range. A save of such a booking locks its recruiter's
-- row (SELECT … FOR UPDATE) first, so the ledger's writes for one recruiter happen one after the other: on H2 that
-- is what makes the overlap check safe; on PostgreSQL it keeps concurrent conflicting inserts from deadlocking in
-- the exclusion constraint's check.
CREATE TABLE booking_ledger_locks (
    recruiter_id  UUID NOT NULL,
    CONSTRAINT booking_ledger_locks_pk PRIMARY KEY (recruiter_id)
);

-- A recruiter's availability: settings is one JSON document (zone, weekly hours, date overrides, buffers, notice,
-- same-day rule, window, step, limits).
CREATE TABLE availabilities (
    recruiter_id  UUID                     NOT NULL,
    settings      TEXT                     NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT availabilities_pk PRIMARY KEY (recruiter_id)
);

-- Interview templates ("event types"); durations are whole minutes.
CREATE TABLE event_types (
    id                UUID                     NOT NULL,
    recruiter_id      UUID                     NOT NULL,
    name              VARCHAR(120)             NOT NULL,
    duration_minutes  INTEGER                  NOT NULL,
    description       VARCHAR(2000)            NOT NULL,
    location_kind     VARCHAR(20)              NOT NULL,
    location_detail   VARCHAR(500)             NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL,
    CONSTRAINT event_types_pk PRIMARY KEY (id)
);
CREATE INDEX event_types_recruiter_ix ON event_types (recruiter_id, created_at, id);
