-- KeyDesk schema, version 10, for PostgreSQL (the SQLite side: ../0010_operator_access.sql): how
-- operators reach a team server — sessions opened by signing in with their own key, API tokens
-- for scripts — and who did what, by which of them.

-- A desk signed in as an operator. The bearer secret is shown once and kept only as its SHA-256;
-- `id` is the public handle that lists and revokes it. A session ends at expires_at, or once
-- unused for the idle timeout (last_used_at, written at most once a minute). A removed
-- operator's sessions go with the row; a role change ends them.
CREATE TABLE operator_sessions (
    id           text COLLATE "C" PRIMARY KEY,
    user_id      bigint NOT NULL REFERENCES operators (user_id) ON DELETE CASCADE,
    secret_hash  bytea NOT NULL UNIQUE CHECK (length(secret_hash) = 32),
    desk         text NOT NULL,
    key_id       bigint REFERENCES security_keys (id) ON DELETE SET NULL,
    created_at   bigint NOT NULL,
    expires_at   bigint NOT NULL,
    last_used_at bigint NOT NULL
);
CREATE INDEX operator_sessions_by_user ON operator_sessions (user_id);
CREATE INDEX operator_sessions_by_expiry ON operator_sessions (expires_at);

-- A script's credential: acts with its operator's role, whatever that is when it is used.
CREATE TABLE api_tokens (
    id           text COLLATE "C" PRIMARY KEY,
    name         text COLLATE "C" NOT NULL UNIQUE,
    user_id      bigint NOT NULL REFERENCES operators (user_id) ON DELETE CASCADE,
    secret_hash  bytea NOT NULL UNIQUE CHECK (length(secret_hash) = 32),
    created_at   bigint NOT NULL,
    expires_at   bigint,
    last_used_at bigint
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

-- The signed-in operator behind an event (null for direct database access, which names only
-- `actor`), and the session or token they used ("session 1a2b…", "token nightly-sync").
ALTER TABLE audit_events ADD COLUMN actor_user_id bigint;
ALTER TABLE audit_events ADD COLUMN actor_credential text;
