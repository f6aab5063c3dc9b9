-- KeyDesk schema, version 5, for PostgreSQL (the SQLite side: ../0005_workflows.sql):
-- Security Key Device Assignment workflows at scale.

-- An activation email may be queued as data and rendered when it is sent: a workflow queues
-- thousands at once, and rendering (QR PNG, MIME) belongs to the sender. `payload` holds what
-- the email needs (JSON, including the link: erased with the MIME once sent or cancelled).
ALTER TABLE outbox ADD COLUMN payload text COLLATE "C" CHECK (payload IS NULL OR payload::jsonb IS NOT NULL);

-- Reminders and re-issues: a reminder is a fresh link for the same deadline; a re-issue of an
-- expired link counts against the workflow's maximum.
ALTER TABLE activations ADD COLUMN reminder bigint NOT NULL DEFAULT 0 CHECK (reminder IN (0, 1));
ALTER TABLE activations ADD COLUMN reissue_count bigint NOT NULL DEFAULT 0 CHECK (reissue_count >= 0);

-- At most one pending key of a type per user: a workflow run racing another process, or an
-- operator, cannot create a second one. Older duplicates (possible before version 5) expire.
UPDATE security_keys SET status = 'expired', status_reason = 'a newer pending key replaced it'
WHERE status = 'pending' AND EXISTS (
    SELECT 1 FROM security_keys newer
    WHERE newer.user_id = security_keys.user_id AND newer.type = security_keys.type
      AND newer.status = 'pending' AND newer.id > security_keys.id);
CREATE UNIQUE INDEX security_keys_one_pending ON security_keys (user_id, type) WHERE status = 'pending';
CREATE INDEX security_keys_by_workflow ON security_keys (workflow_id, status) WHERE workflow_id IS NOT NULL;

-- What each run did, and a heartbeat so that a run whose process died is seen as interrupted.
ALTER TABLE workflow_runs ADD COLUMN reminders_sent bigint NOT NULL DEFAULT 0 CHECK (reminders_sent >= 0);
ALTER TABLE workflow_runs ADD COLUMN links_reissued bigint NOT NULL DEFAULT 0 CHECK (links_reissued >= 0);
ALTER TABLE workflow_runs ADD COLUMN keys_expired bigint NOT NULL DEFAULT 0 CHECK (keys_expired >= 0);
ALTER TABLE workflow_runs ADD COLUMN heartbeat_at bigint;

-- Per-user outcomes of a run, for the drill-down.
CREATE TABLE workflow_run_users (
    run_id  bigint NOT NULL REFERENCES workflow_runs (id) ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    outcome text COLLATE "C" NOT NULL CHECK (outcome IN ('assigned', 'skipped-active', 'skipped-pending', 'skipped-disabled',
                                             'skipped-no-email', 'skipped-gave-up', 'reminded', 'reissued',
                                             'expired')),
    PRIMARY KEY (run_id, outcome, user_id)
);

-- Open activations by age, for the workflows' reminders (activations_live has them by expiry).
CREATE INDEX activations_unreminded ON activations (created_at)
    WHERE used_at IS NULL AND superseded_by IS NULL AND reminder = 0;
