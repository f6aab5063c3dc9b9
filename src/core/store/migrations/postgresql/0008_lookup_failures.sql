-- KeyDesk schema, version 8, for PostgreSQL (the SQLite side: ../0008_lookup_failures.sql):
-- wrong "Work or School" codes, kept for the rate limits.

-- One row per wrong code and subject: the email it was tried for (a keyed hash, so that guessed
-- addresses are not kept in clear) and the client it came from (an IPv4 address or an IPv6 /64).
-- Kept in the database so that a restart or another server instance does not reset the limits;
-- rows older than the limits' window are deleted as new ones come.
CREATE TABLE lookup_failures (
    subject   text COLLATE "C" NOT NULL,
    failed_at bigint NOT NULL
);
CREATE INDEX lookup_failures_by_subject ON lookup_failures (subject, failed_at);
CREATE INDEX lookup_failures_by_time ON lookup_failures (failed_at);

-- The per-activation count of wrong codes was written only for emails that had a live
-- activation, which let the time of a wrong answer tell them apart; wrong codes are counted in
-- lookup_failures alone (`keys show` reports the email's recent ones).
ALTER TABLE activations DROP COLUMN attempts;
