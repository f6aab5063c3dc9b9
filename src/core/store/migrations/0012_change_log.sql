-- KeyDesk schema, version 12: the change log that desks in team mode keep their caches by.
-- Every write to a table a desk shows adds an entry here, in the same transaction (these
-- triggers), naming the table and the row's key; a desk asks for the entries after the last one
-- it has and reads those rows as they are now — a row that is gone was deleted. Writers queue on
-- the database's one write lock, so entries commit in the order of their numbers: once a reader
-- sees entry n, it sees every entry before n (docs/team-mode.md, "The change log").

-- k1..k3 hold the changed row's key (the SyncTables descriptor says which column is which).
-- Numbers are never given twice: pruning keeps the last entry.
CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    k1         INTEGER NOT NULL,
    k2         INTEGER NOT NULL DEFAULT 0,
    k3         TEXT NOT NULL DEFAULT ''
);

-- How far the log had come at a time, written by the server's sweep: pruning by age finds
-- where to cut here, so entries need no time of their own.
CREATE TABLE change_log_marks (
    seq INTEGER PRIMARY KEY,
    at  INTEGER NOT NULL
);

-- The log's identity (a desk whose cache came from another log starts again) and the last
-- entry pruned: a desk that has not seen it must copy everything again.
CREATE TABLE change_log_state (
    only_row       INTEGER PRIMARY KEY CHECK (only_row = 1),
    epoch          TEXT NOT NULL,
    pruned_through INTEGER NOT NULL DEFAULT 0 CHECK (pruned_through >= 0)
);
INSERT INTO change_log_state (only_row, epoch) VALUES (1, lower(hex(randomblob(16))));

-- Updates are logged only when a column a desk keeps changes (UPDATE OF): the search words
-- users' own triggers write, an activation's challenge, are not a desk's business.
CREATE TRIGGER users_logged_insert AFTER INSERT ON users
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('users', new.id);
END;
CREATE TRIGGER users_logged_update AFTER UPDATE OF external_id, display_name, email, upn, department, enabled, source, created_at, updated_at, user_handle ON users
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('users', new.id);
END;
CREATE TRIGGER users_logged_delete AFTER DELETE ON users
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('users', old.id);
END;
CREATE TRIGGER groups_logged_insert AFTER INSERT ON groups
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('groups', new.id);
END;
CREATE TRIGGER groups_logged_update AFTER UPDATE OF name, description, created_at ON groups
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('groups', new.id);
END;
CREATE TRIGGER groups_logged_delete AFTER DELETE ON groups
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('groups', old.id);
END;
CREATE TRIGGER group_members_logged_insert AFTER INSERT ON group_members
BEGIN
    INSERT INTO change_log (table_name, k1, k2) VALUES ('group_members', new.group_id, new.user_id);
END;
CREATE TRIGGER group_members_logged_update AFTER UPDATE OF added_at ON group_members
BEGIN
    INSERT INTO change_log (table_name, k1, k2) VALUES ('group_members', new.group_id, new.user_id);
END;
CREATE TRIGGER group_members_logged_delete AFTER DELETE ON group_members
BEGIN
    INSERT INTO change_log (table_name, k1, k2) VALUES ('group_members', old.group_id, old.user_id);
END;
CREATE TRIGGER workflows_logged_insert AFTER INSERT ON workflows
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('workflows', new.id);
END;
CREATE TRIGGER workflows_logged_update AFTER UPDATE OF name, key_type, key_settings, enabled, created_at, updated_at ON workflows
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('workflows', new.id);
END;
CREATE TRIGGER workflows_logged_delete AFTER DELETE ON workflows
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('workflows', old.id);
END;
CREATE TRIGGER workflow_groups_logged_insert AFTER INSERT ON workflow_groups
BEGIN
    INSERT INTO change_log (table_name, k1, k2) VALUES ('workflow_groups', new.workflow_id, new.group_id);
END;
CREATE TRIGGER workflow_groups_logged_delete AFTER DELETE ON workflow_groups
BEGIN
    INSERT INTO change_log (table_name, k1, k2) VALUES ('workflow_groups', old.workflow_id, old.group_id);
END;
CREATE TRIGGER workflow_runs_logged_insert AFTER INSERT ON workflow_runs
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('workflow_runs', new.id);
END;
CREATE TRIGGER workflow_runs_logged_update AFTER UPDATE OF workflow_id, trigger, status, started_at, finished_at, users_in_scope, keys_assigned, emails_queued, users_skipped, error, reminders_sent, links_reissued, keys_expired, heartbeat_at ON workflow_runs
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('workflow_runs', new.id);
END;
CREATE TRIGGER workflow_runs_logged_delete AFTER DELETE ON workflow_runs
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('workflow_runs', old.id);
END;
CREATE TRIGGER workflow_run_users_logged_insert AFTER INSERT ON workflow_run_users
BEGIN
    INSERT INTO change_log (table_name, k1, k2, k3) VALUES ('workflow_run_users', new.run_id, new.user_id, new.outcome);
END;
CREATE TRIGGER workflow_run_users_logged_delete AFTER DELETE ON workflow_run_users
BEGIN
    INSERT INTO change_log (table_name, k1, k2, k3) VALUES ('workflow_run_users', old.run_id, old.user_id, old.outcome);
END;
CREATE TRIGGER security_keys_logged_insert AFTER INSERT ON security_keys
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('security_keys', new.id);
END;
CREATE TRIGGER security_keys_logged_update AFTER UPDATE OF user_id, type, label, status, settings, credential_id, public_key, aaguid, sign_count, flag_uv, flag_be, flag_bs, attestation_format, attestation_type, attestation_trust, transports, workflow_id, created_at, activated_at, last_used_at, last_verified_at, status_reason, status_changed_at, algorithm ON security_keys
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('security_keys', new.id);
END;
CREATE TRIGGER security_keys_logged_delete AFTER DELETE ON security_keys
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('security_keys', old.id);
END;
CREATE TRIGGER activations_logged_insert AFTER INSERT ON activations
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('activations', new.id);
END;
CREATE TRIGGER activations_logged_update AFTER UPDATE OF key_id, method, created_at, expires_at, used_at, superseded_by, reminder, reissue_count ON activations
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('activations', new.id);
END;
CREATE TRIGGER activations_logged_delete AFTER DELETE ON activations
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('activations', old.id);
END;
CREATE TRIGGER outbox_logged_insert AFTER INSERT ON outbox
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('outbox', new.id);
END;
CREATE TRIGGER outbox_logged_update AFTER UPDATE OF idempotency_key, recipient, subject, mime, message_id, status, attempts, next_attempt_at, last_error, created_at, sent_at, payload ON outbox
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('outbox', new.id);
END;
CREATE TRIGGER outbox_logged_delete AFTER DELETE ON outbox
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('outbox', old.id);
END;
CREATE TRIGGER audit_events_logged_insert AFTER INSERT ON audit_events
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('audit_events', new.id);
END;
CREATE TRIGGER verifications_logged_insert AFTER INSERT ON verifications
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('verifications', new.id);
END;
CREATE TRIGGER verifications_logged_update AFTER UPDATE OF key_id, started_by, created_at, expires_at, completed_at, outcome, failed_check, verdict, sign_count ON verifications
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('verifications', new.id);
END;
CREATE TRIGGER verifications_logged_delete AFTER DELETE ON verifications
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('verifications', old.id);
END;
CREATE TRIGGER windows_logons_logged_insert AFTER INSERT ON windows_logons
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('windows_logons', new.user_id);
END;
CREATE TRIGGER windows_logons_logged_update AFTER UPDATE OF mode, pc_name, paired_at, reader_location, updated_at ON windows_logons
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('windows_logons', new.user_id);
END;
CREATE TRIGGER windows_logons_logged_delete AFTER DELETE ON windows_logons
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('windows_logons', old.user_id);
END;
CREATE TRIGGER operators_logged_insert AFTER INSERT ON operators
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('operators', new.user_id);
END;
CREATE TRIGGER operators_logged_update AFTER UPDATE OF role, created_at, updated_at ON operators
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('operators', new.user_id);
END;
CREATE TRIGGER operators_logged_delete AFTER DELETE ON operators
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('operators', old.user_id);
END;
