-- Hireloop e-mail outbox: every message Hireloop sends is kept here first, with what became of it (KEPT when no
-- mail transport is configured, otherwise QUEUED → SENT or FAILED), and listed to the recruiter newest first.
--
-- Same conventions as V1 and V2: portable SQL for PostgreSQL 15 and H2 2.x in MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE,
-- unqualified table names, instants as TIMESTAMP WITH TIME ZONE in UTC truncated to microseconds, enumerations by
-- name, no foreign keys to recruiters.

-- One row per message, keyed by the message id (stable across retries). Addresses are the display name (nullable)
-- and the address; the recipients are one JSON array of {name?, address} written and read by the adapter with
-- Jackson, in order. last_error is a short failure code, never text with personal data.
CREATE TABLE email_outbox (
    id                UUID                     NOT NULL,
    recruiter_id      UUID                     NOT NULL,
    purpose           VARCHAR(100)             NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    attempts          INTEGER                  NOT NULL,
    last_error        VARCHAR(100),
    from_name         VARCHAR(200),
    from_address      VARCHAR(254)             NOT NULL,
    recipients        TEXT                     NOT NULL,
    reply_to_name     VARCHAR(200),
    reply_to_address  VARCHAR(254),
    subject           VARCHAR(300)             NOT NULL,
    text_body         TEXT                     NOT NULL,
    html_body         TEXT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at           TIMESTAMP WITH TIME ZONE,
    version           BIGINT                   NOT NULL,
    CONSTRAINT email_outbox_pk PRIMARY KEY (id),
    CONSTRAINT email_outbox_reply_to_ck CHECK (reply_to_name IS NULL OR reply_to_address IS NOT NULL)
);
-- the outbox listing: a recruiter's messages newest first, with or without a status filter
CREATE INDEX email_outbox_recruiter_created_ix ON email_outbox (recruiter_id, created_at DESC, id DESC);
CREATE INDEX email_outbox_recruiter_status_ix ON email_outbox (recruiter_id, status, created_at DESC, id DESC);

-- A message's attachments in order (position from 0), byte for byte: BYTEA is binary on PostgreSQL and BINARY
-- VARYING on H2 (up to 1,000,000,000 bytes there; an attachment is at most 5 MiB). Written and deleted with their
-- message, in the same transaction.
CREATE TABLE email_attachments (
    email_id      UUID         NOT NULL,
    position      INTEGER      NOT NULL,
    file_name     VARCHAR(100) NOT NULL,
    content_type  VARCHAR(200) NOT NULL,
    content       BYTEA        NOT NULL,
    CONSTRAINT email_attachments_pk PRIMARY KEY (email_id, position)
);
