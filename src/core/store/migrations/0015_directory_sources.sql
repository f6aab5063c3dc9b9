-- KeyDesk schema, version 15: users and groups that come from a directory. A source is an
-- LDAP / Active Directory server the sync reads, or an identity provider that pushes over SCIM
-- 2.0. Its settings are JSON written and checked by core/domain/DirectorySource; never a
-- password (the bind password comes from the keychain or KEYDESK_LDAP_PASSWORD). A SCIM
-- source's bearer token is kept only as its SHA-256.
CREATE TABLE directory_sources (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    kind         TEXT NOT NULL CHECK (kind IN ('ldap', 'scim')),
    config       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(config)),
    -- what a user who leaves (disabled or removed at the source) loses: active keys suspended
    -- or revoked; keys still waiting are revoked either way, so their links stop working
    on_leave     TEXT NOT NULL DEFAULT 'suspend' CHECK (on_leave IN ('suspend', 'revoke')),
    token_hash   BLOB UNIQUE CHECK (token_hash IS NULL OR length(token_hash) = 32),
    -- the highest modifyTimestamp / uSNChanged the last run saw: an incremental run reads from it
    watermark    TEXT NOT NULL DEFAULT '',
    last_full_at INTEGER,
    created_at   INTEGER NOT NULL,
    CHECK (kind = 'scim' OR token_hash IS NULL)
);

-- One sync run, written once it ends, in the transaction of its changes (a failed run: alone,
-- having changed nothing). A dry run is recorded too, with what it would have changed.
CREATE TABLE directory_runs (
    id                  INTEGER PRIMARY KEY,
    source_id           INTEGER NOT NULL REFERENCES directory_sources (id) ON DELETE CASCADE,
    mode                TEXT NOT NULL CHECK (mode IN ('full', 'incremental')),
    dry_run             INTEGER NOT NULL DEFAULT 0 CHECK (dry_run IN (0, 1)),
    status              TEXT NOT NULL CHECK (status IN ('completed', 'failed')),
    started_at          INTEGER NOT NULL,
    finished_at         INTEGER NOT NULL,
    entries_read        INTEGER NOT NULL DEFAULT 0 CHECK (entries_read >= 0),
    users_created       INTEGER NOT NULL DEFAULT 0 CHECK (users_created >= 0),
    users_updated       INTEGER NOT NULL DEFAULT 0 CHECK (users_updated >= 0),
    users_disabled      INTEGER NOT NULL DEFAULT 0 CHECK (users_disabled >= 0),
    users_enabled       INTEGER NOT NULL DEFAULT 0 CHECK (users_enabled >= 0),
    users_removed       INTEGER NOT NULL DEFAULT 0 CHECK (users_removed >= 0),
    memberships_added   INTEGER NOT NULL DEFAULT 0 CHECK (memberships_added >= 0),
    memberships_removed INTEGER NOT NULL DEFAULT 0 CHECK (memberships_removed >= 0),
    keys_withdrawn      INTEGER NOT NULL DEFAULT 0 CHECK (keys_withdrawn >= 0),
    entry_errors        INTEGER NOT NULL DEFAULT 0 CHECK (entry_errors >= 0),
    error               TEXT NOT NULL DEFAULT '',
    CHECK (finished_at >= started_at),
    CHECK ((status = 'failed') = (error <> ''))
);
CREATE INDEX directory_runs_by_source ON directory_runs (source_id, id);

-- Entries a run could not take (a user without mail, an email another user holds): the run
-- takes the rest; each error names the entry (its DN, or the SCIM resource).
CREATE TABLE directory_run_errors (
    run_id  INTEGER NOT NULL REFERENCES directory_runs (id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL CHECK (seq >= 0),
    entry   TEXT NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;

-- One source of truth per user and group: the source that owns it (its synced fields are
-- read-only in KeyDesk) and, for groups, the directory's own id for it (users have external_id).
ALTER TABLE users ADD COLUMN source_id INTEGER REFERENCES directory_sources (id)
    CHECK (source_id IS NULL OR source = 'directory');
-- where the entry sat in the directory at the last sync (an LDAP source's group members are
-- DNs), normalised by the sync; the desk does not need it
ALTER TABLE users ADD COLUMN directory_dn TEXT;
CREATE INDEX users_by_source ON users (source_id, external_id) WHERE source_id IS NOT NULL;
ALTER TABLE groups ADD COLUMN source_id INTEGER REFERENCES directory_sources (id);
ALTER TABLE groups ADD COLUMN external_id TEXT CHECK ((source_id IS NULL) = (external_id IS NULL));
CREATE UNIQUE INDEX groups_by_source ON groups (source_id, external_id) WHERE source_id IS NOT NULL;

DROP TRIGGER users_logged_update;
CREATE TRIGGER users_logged_update AFTER UPDATE OF external_id, display_name, email, upn, department, enabled, source, created_at, updated_at, user_handle, source_id ON users
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('users', new.id);
END;
DROP TRIGGER groups_logged_update;
CREATE TRIGGER groups_logged_update AFTER UPDATE OF name, description, created_at, key_policy, source_id, external_id ON groups
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('groups', new.id);
END;
CREATE TRIGGER directory_sources_logged_insert AFTER INSERT ON directory_sources
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('directory_sources', new.id);
END;
CREATE TRIGGER directory_sources_logged_update AFTER UPDATE OF name, kind, config, on_leave, watermark, last_full_at, created_at ON directory_sources
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('directory_sources', new.id);
END;
CREATE TRIGGER directory_sources_logged_delete AFTER DELETE ON directory_sources
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('directory_sources', old.id);
END;
CREATE TRIGGER directory_runs_logged_insert AFTER INSERT ON directory_runs
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('directory_runs', new.id);
END;
CREATE TRIGGER directory_runs_logged_delete AFTER DELETE ON directory_runs
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('directory_runs', old.id);
END;
CREATE TRIGGER directory_run_errors_logged_insert AFTER INSERT ON directory_run_errors
BEGIN
    INSERT INTO change_log (table_name, k1, k2) VALUES ('directory_run_errors', new.run_id, new.seq);
END;
CREATE TRIGGER directory_run_errors_logged_delete AFTER DELETE ON directory_run_errors
BEGIN
    INSERT INTO change_log (table_name, k1, k2) VALUES ('directory_run_errors', old.run_id, old.seq);
END;
