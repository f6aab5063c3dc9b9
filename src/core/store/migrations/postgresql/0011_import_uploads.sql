-- KeyDesk schema, version 11, for PostgreSQL (the SQLite side: ../0011_import_uploads.sql): import
-- files on their way to a team server, sent in numbered parts (request bodies are at most 64 KiB)
-- and kept here so that any `serve` instance behind the proxy can take any of them.

-- One file: who sends it ("operator 12", "direct <name>"), its name for the audit log, and the
-- size and SHA-256 it must have once whole. Kept a day at most.
CREATE TABLE import_uploads (
    id         text COLLATE "C" PRIMARY KEY,
    owner      text COLLATE "C" NOT NULL,
    name       text NOT NULL,
    size       bigint NOT NULL CHECK (size >= 0),
    sha256     bytea NOT NULL CHECK (length(sha256) = 32),
    created_at bigint NOT NULL
);
CREATE INDEX import_uploads_by_owner ON import_uploads (owner);
CREATE INDEX import_uploads_by_time ON import_uploads (created_at);

-- Part n holds the file's bytes from n × the part size on.
CREATE TABLE import_upload_parts (
    upload_id text COLLATE "C" NOT NULL REFERENCES import_uploads (id) ON DELETE CASCADE,
    part      bigint NOT NULL CHECK (part >= 0),
    bytes     bytea NOT NULL,
    PRIMARY KEY (upload_id, part)
);
