-- KeyDesk schema, version 1: every table of the product. Times are UTC milliseconds since the
-- epoch; JSON documents are TEXT checked with json_valid().

CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT UNIQUE,
    display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    email        TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (email LIKE '_%@_%'),
    upn          TEXT NOT NULL DEFAULT '',
    department   TEXT NOT NULL DEFAULT '',
    enabled      INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    source       TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'csv', 'directory', 'demo')),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX users_by_name ON users (display_name, id);
CREATE INDEX users_by_department ON users (department, display_name, id);
CREATE INDEX users_by_enabled ON users (enabled, display_name, id);

CREATE TABLE groups (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);

CREATE TABLE group_members (
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    added_at INTEGER NOT NULL,
    PRIMARY KEY (group_id, user_id)
) WITHOUT ROWID;
CREATE INDEX group_members_by_user ON group_members (user_id, group_id);

CREATE TABLE workflows (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    key_type     TEXT NOT NULL CHECK (key_type IN ('smartphone', 'security_key', 'platform')),
    key_settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(key_settings)),
    enabled      INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);

CREATE TABLE workflow_groups (
    workflow_id INTEGER NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,
    group_id    INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    PRIMARY KEY (workflow_id, group_id)
) WITHOUT ROWID;

CREATE TABLE workflow_runs (
    id             INTEGER PRIMARY KEY,
    workflow_id    INTEGER NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,
    trigger        TEXT NOT NULL CHECK (trigger IN ('submit', 'scope-change', 'timer', 'manual')),
    status         TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'cancelled')),
    started_at     INTEGER NOT NULL,
    finished_at    INTEGER,
    users_in_scope INTEGER NOT NULL DEFAULT 0 CHECK (users_in_scope >= 0),
    keys_assigned  INTEGER NOT NULL DEFAULT 0 CHECK (keys_assigned >= 0),
    emails_queued  INTEGER NOT NULL DEFAULT 0 CHECK (emails_queued >= 0),
    users_skipped  INTEGER NOT NULL DEFAULT 0 CHECK (users_skipped >= 0),
    error          TEXT NOT NULL DEFAULT '',
    CHECK (finished_at IS NULL OR finished_at >= started_at),
    CHECK ((status = 'running') = (finished_at IS NULL))
);
CREATE INDEX workflow_runs_by_workflow ON workflow_runs (workflow_id, started_at);

CREATE TABLE security_keys (
    id                 INTEGER PRIMARY KEY,
    user_id            INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    type               TEXT NOT NULL CHECK (type IN ('smartphone', 'security_key', 'platform')),
    label              TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'pending'
                       CHECK (status IN ('pending', 'active', 'suspended', 'revoked', 'expired')),
    settings           TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
    credential_id      BLOB UNIQUE CHECK (credential_id IS NULL OR length(credential_id) BETWEEN 16 AND 1023),
    public_key         BLOB,
    aaguid             BLOB CHECK (aaguid IS NULL OR length(aaguid) = 16),
    sign_count         INTEGER NOT NULL DEFAULT 0 CHECK (sign_count >= 0),
    flag_uv            INTEGER NOT NULL DEFAULT 0 CHECK (flag_uv IN (0, 1)),
    flag_be            INTEGER NOT NULL DEFAULT 0 CHECK (flag_be IN (0, 1)),
    flag_bs            INTEGER NOT NULL DEFAULT 0 CHECK (flag_bs IN (0, 1)),
    attestation_format TEXT,
    attestation_type   TEXT CHECK (attestation_type IS NULL
                       OR attestation_type IN ('none', 'self', 'basic', 'attca', 'anonca')),
    attestation_trust  TEXT CHECK (attestation_trust IS NULL
                       OR attestation_trust IN ('trusted', 'untrusted', 'none')),
    transports         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(transports)),
    workflow_id        INTEGER REFERENCES workflows (id) ON DELETE SET NULL,
    created_at         INTEGER NOT NULL,
    activated_at       INTEGER,
    last_used_at       INTEGER,
    last_verified_at   INTEGER,
    -- an active key is bound to a real credential; BS (backed up) implies BE (backup eligible)
    CHECK (status NOT IN ('active', 'suspended') OR (credential_id IS NOT NULL AND public_key IS NOT NULL)),
    CHECK (flag_bs = 0 OR flag_be = 1)
);
CREATE INDEX security_keys_by_user ON security_keys (user_id, status, type);

CREATE TABLE activations (
    id               INTEGER PRIMARY KEY,
    key_id           INTEGER NOT NULL REFERENCES security_keys (id) ON DELETE CASCADE,
    method           TEXT NOT NULL CHECK (method IN ('now', 'email', 'manual')),
    token_hash       BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    manual_code_hash BLOB CHECK (manual_code_hash IS NULL OR length(manual_code_hash) = 32),
    created_at       INTEGER NOT NULL,
    expires_at       INTEGER NOT NULL,
    used_at          INTEGER,
    attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    superseded_by    INTEGER REFERENCES activations (id) ON DELETE SET NULL,
    CHECK (expires_at > created_at)
);
CREATE INDEX activations_by_key ON activations (key_id);
CREATE UNIQUE INDEX activations_manual_code ON activations (manual_code_hash) WHERE manual_code_hash IS NOT NULL;

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    recipient       TEXT NOT NULL CHECK (recipient LIKE '_%@_%'),
    subject         TEXT NOT NULL,
    mime            BLOB NOT NULL,
    message_id      TEXT NOT NULL UNIQUE,
    status          TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER,
    CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

CREATE TABLE audit_events (
    id           INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    actor        TEXT NOT NULL CHECK (length(actor) > 0),
    action       TEXT NOT NULL CHECK (length(action) > 0),
    target_type  TEXT NOT NULL,
    target_id    INTEGER NOT NULL DEFAULT 0,
    target_label TEXT NOT NULL DEFAULT '',
    details      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
);
CREATE INDEX audit_events_by_time ON audit_events (at, id);
CREATE INDEX audit_events_by_target ON audit_events (target_type, target_id, at);
CREATE INDEX audit_events_by_actor ON audit_events (actor, at);
CREATE INDEX audit_events_by_action ON audit_events (action, at);

-- The audit log is append-only: history cannot be rewritten through SQL either.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY CHECK (length(key) > 0),
    value TEXT NOT NULL
) WITHOUT ROWID;
