-- Hireloop e-mail sending: a QUEUED message is sent by a poller outside the transaction that stored it. It is due
-- at next_attempt_at (set exactly for QUEUED messages): moved forward by a lease when a sender claims it, and by
-- the back-off after a failed attempt.
--
-- Same conventions as V1 to V3: portable SQL for PostgreSQL 15 and H2 2.x in MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE,
-- unqualified table names, instants as TIMESTAMP WITH TIME ZONE in UTC truncated to microseconds.

ALTER TABLE email_outbox ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;

-- messages queued before this migration are due at once
UPDATE email_outbox SET next_attempt_at = updated_at WHERE status = 'QUEUED';

ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_next_attempt_ck
    CHECK ((status = 'QUEUED') = (next_attempt_at IS NOT NULL));

-- the sender's poll: due QUEUED messages, the longest due first
CREATE INDEX email_outbox_due_ix ON email_outbox (status, next_attempt_at, created_at, id);
