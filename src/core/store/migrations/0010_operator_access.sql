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

-- A desk asking to sign in: the operator's phone opens the link (<base-url>/s/<token>, the token
-- kept only hashed), sees the desk's name, its address as the server saw it and the two-digit
-- match number the desk shows, and answers with an assertion of one of the operator's keys. The
-- desk polls with its own secret (also hashed) and, once the sign-in is approved, collects a
-- session — the session's secret is made then and never stored. The challenge is erased once
-- the sign-in is finished, so an assertion counts once; rows older than a day are deleted.
CREATE TABLE operator_sign_ins (
    id           INTEGER PRIMARY KEY,
    link_hash    BLOB NOT NULL UNIQUE CHECK (length(link_hash) = 32),
    poll_hash    BLOB NOT NULL UNIQUE CHECK (length(poll_hash) = 32),
    challenge    BLOB CHECK (challenge IS NULL OR length(challenge) = 32),
    match_number INTEGER NOT NULL CHECK (match_number BETWEEN 10 AND 99),
    desk         TEXT NOT NULL,
    desk_address TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    state        TEXT NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'approved', 'collected', 'failed')),
    user_id      INTEGER REFERENCES users (id) ON DELETE CASCADE,
    key_id       INTEGER REFERENCES security_keys (id) ON DELETE CASCADE,
    finished_at  INTEGER,
    failure      TEXT NOT NULL DEFAULT '',
    CHECK (expires_at > created_at),
    CHECK ((state = 'pending') = (finished_at IS NULL)),
    CHECK (state = 'pending' OR challenge IS NULL),
    CHECK (state NOT IN ('approved', 'collected') OR (user_id IS NOT NULL AND key_id IS NOT NULL))
);
CREATE INDEX operator_sign_ins_by_address ON operator_sign_ins (desk_address, created_at);
CREATE INDEX operator_sign_ins_by_time ON operator_sign_ins (created_at);

-- The signed-in operator behind an event (null for direct database access, which names only
-- `actor`), and the session or token they used ("session 1a2b…", "token nightly-sync").
ALTER TABLE audit_events ADD COLUMN actor_user_id INTEGER;
ALTER TABLE audit_events ADD COLUMN actor_credential TEXT;
