-- KeyDesk schema, version 11: import files on their way to a team server. The admin API takes
-- request bodies of at most 64 KiB, so keydesk-cli (or a desk) sends a file in numbered parts and
-- then asks for one all-or-nothing import of the whole. The parts wait here, not in one server's
-- memory, so that any `serve` instance behind the proxy can take any of them.

-- One file: who sends it (only they may add to it, import or discard it: "operator 12" for a
-- signed-in operator, "direct <name>" for direct database access), its name for the audit log,
-- and the size and SHA-256 it must have once whole. Kept a day at most.
CREATE TABLE import_uploads (
    id         TEXT PRIMARY KEY,
    owner      TEXT NOT NULL,
    name       TEXT NOT NULL,
    size       INTEGER NOT NULL CHECK (size >= 0),
    sha256     BLOB NOT NULL CHECK (length(sha256) = 32),
    created_at INTEGER NOT NULL
);
CREATE INDEX import_uploads_by_owner ON import_uploads (owner);
CREATE INDEX import_uploads_by_time ON import_uploads (created_at);

-- Part n holds the file's bytes from n × the part size on.
CREATE TABLE import_upload_parts (
    upload_id TEXT NOT NULL REFERENCES import_uploads (id) ON DELETE CASCADE,
    part      INTEGER NOT NULL CHECK (part >= 0),
    bytes     BLOB NOT NULL,
    PRIMARY KEY (upload_id, part)
);
