-- KeyDesk schema, version 6: test-mode authentication ("Verify now").

-- One verification is one authentication ceremony for one active key, started by an operator.
-- Its link (<base-url>/v/<id>) carries 32 random bytes that are stored only hashed, like an
-- activation token. The first verified or refused assertion finishes it; the verdict (every check
-- with its detail, JSON) stays for the receipt and the audit trail.
CREATE TABLE verifications (
    id           INTEGER PRIMARY KEY,
    key_id       INTEGER NOT NULL REFERENCES security_keys (id) ON DELETE CASCADE,
    link_hash    BLOB NOT NULL UNIQUE CHECK (length(link_hash) = 32),
    -- the challenge of the ceremony; erased once it is finished, as it can serve no other
    challenge    BLOB CHECK (challenge IS NULL OR length(challenge) = 32),
    started_by   TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    completed_at INTEGER,
    outcome      TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'verified', 'failed')),
    failed_check TEXT NOT NULL DEFAULT '',
    verdict      TEXT CHECK (verdict IS NULL OR json_valid(verdict)),
    sign_count   INTEGER CHECK (sign_count IS NULL OR sign_count >= 0),
    CHECK (expires_at > created_at),
    CHECK ((outcome = 'pending') = (completed_at IS NULL)),
    CHECK (outcome = 'pending' OR challenge IS NULL),
    CHECK (outcome <> 'failed' OR failed_check <> '')
);
CREATE INDEX verifications_by_key ON verifications (key_id, id);
