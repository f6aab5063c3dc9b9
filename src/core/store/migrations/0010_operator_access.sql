-- KeyDesk schema, version 10: how operators reach a team server — sessions opened by signing
-- in with their own key, API tokens for scripts — and who did what, by which of them.

-- A desk signed in as an operator. The bearer secret is shown once and kept only as its SHA-256
-- (256 random bits: an unkeyed hash suffices); `id` is the public handle that lists and revokes
-- it. A session ends at expires_at, or once unused for the idle timeout (last_used_at, written at
-- most once a minute). A removed operator's sessions go with the row; a role change ends them.
CREATE TABLE operator_sessions (
    id           TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES operators (user_id) ON DELETE CASCADE,
    secret_hash  BLOB NOT NULL UNIQUE CHECK (length(secret_hash) = 32),
    desk         TEXT NOT NULL,
    key_id       INTEGER REFERENCES security_keys (id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    last_used_at INTEGER NOT NULL
);
CREATE INDEX operator_sessions_by_user ON operator_sessions (user_id);
CREATE INDEX operator_sessions_by_expiry ON operator_sessions (expires_at);

-- A script's credential: acts with its operator's role, whatever that is when it is used.
CREATE TABLE api_tokens (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    user_id      INTEGER NOT NULL REFERENCES operators (user_id) ON DELETE CASCADE,
    secret_hash  BLOB NOT NULL UNIQUE CHECK (length(secret_hash) = 32),
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    last_used_at INTEGER
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

-- The signed-in operator behind an event (null for direct database access, which names only
-- `actor`), and the session or token they used ("session 1a2b…", "token nightly-sync").
ALTER TABLE audit_events ADD COLUMN actor_user_id INTEGER;
ALTER TABLE audit_events ADD COLUMN actor_credential TEXT;
