-- KeyDesk schema, version 4, for PostgreSQL (the SQLite side: ../0004_activation.sql):
-- what activation needs beyond the first schema.

-- The WebAuthn user handle (user.id in the creation options): random, so it carries no personal
-- data, and the same for all of one user's keys so that a phone replaces its old passkey for
-- KeyDesk instead of keeping two. Made on first use.
ALTER TABLE users ADD COLUMN user_handle bytea CHECK (user_handle IS NULL OR length(user_handle) = 32);
CREATE UNIQUE INDEX users_by_handle ON users (user_handle) WHERE user_handle IS NOT NULL;

-- Why and when a key left its last state; the audit log has the full history.
ALTER TABLE security_keys ADD COLUMN status_reason text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE security_keys ADD COLUMN status_changed_at bigint;
-- The credential's COSE algorithm, for display and the test relying party.
ALTER TABLE security_keys ADD COLUMN algorithm bigint;

-- The challenge of the registration ceremony in progress for this activation: the options route
-- writes it, the complete route compares it. Short-lived and replaced by each options request.
ALTER TABLE activations ADD COLUMN challenge bytea CHECK (challenge IS NULL OR length(challenge) = 32);
ALTER TABLE activations ADD COLUMN challenge_expires_at bigint;

-- Pending activations are found by expiry (the sweep) and live ones by key.
CREATE INDEX activations_live ON activations (expires_at) WHERE used_at IS NULL AND superseded_by IS NULL;

-- "Work or School": a correct email + code earns a second token for the same activation, so the
-- app can go on without the emailed link. Stored hashed like the link's token; replaced by each
-- successful lookup.
ALTER TABLE activations ADD COLUMN lookup_token_hash bytea CHECK (lookup_token_hash IS NULL OR length(lookup_token_hash) = 32);
CREATE UNIQUE INDEX activations_lookup_token ON activations (lookup_token_hash) WHERE lookup_token_hash IS NOT NULL;
