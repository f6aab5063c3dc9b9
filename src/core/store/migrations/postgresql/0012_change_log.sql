-- KeyDesk schema, version 12, for PostgreSQL (the SQLite side: ../0012_change_log.sql): the
-- change log that desks in team mode keep their caches by, written by triggers in the same
-- transaction as each change.
--
-- Entries must commit in the order of their numbers, or a desk that has read entry n could miss
-- an entry m < n that committed later. KeyDesk's write transactions hold the writer lock
-- (Database::begin: pg_advisory_xact_lock(KeyD, 1)) until they end, and PostgreSQL releases a
-- transaction's locks only after its commit is visible; so when a number is taken under that
-- lock, every smaller number's transaction has already ended. The BEFORE triggers take the lock
-- themselves, before the statement changes any row, so that a write made without
-- Database::begin (psql, a script) queues the same way instead of overtaking.

-- Numbers are the last one + 1, as SQLite's rowids are, taken under the writer lock (a sequence
-- would move lastval(), which Qt's lastInsertId() reads for the row the statement inserted).
-- Pruning keeps the last entry, so a number is never given twice.
CREATE TABLE change_log (
    seq        bigint PRIMARY KEY,
    table_name text COLLATE "C" NOT NULL,
    k1         bigint NOT NULL,
    k2         bigint NOT NULL DEFAULT 0,
    k3         text COLLATE "C" NOT NULL DEFAULT ''
);

CREATE TABLE change_log_marks (
    seq bigint PRIMARY KEY,
    at  bigint NOT NULL
);

CREATE TABLE change_log_state (
    only_row       integer PRIMARY KEY CHECK (only_row = 1),
    epoch          text COLLATE "C" NOT NULL,
    pruned_through bigint NOT NULL DEFAULT 0 CHECK (pruned_through >= 0)
);
INSERT INTO change_log_state (only_row, epoch) VALUES (1, replace(gen_random_uuid()::text, '-', ''));

-- 0x4B657944 ("KeyD") and 1: AdvisoryLock::Writer (SqlDriverAccess.h).
CREATE FUNCTION keydesk_take_write_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(1264943428, 1);
    RETURN NULL;
END
$$;

-- One entry per changed row of the statement; the arguments are the SQL of k1, k2 and k3 over
-- the transition table `changed`. Updates are all logged (PostgreSQL allows no column list on a
-- trigger with a transition table); a desk reads an unchanged row again, no more.
CREATE FUNCTION keydesk_log_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('INSERT INTO change_log (seq, table_name, k1, k2, k3) '
                   'SELECT last.seq + row_number() OVER (), %L, %s, %s, %s FROM changed, '
                   '(SELECT coalesce(max(seq), 0) AS seq FROM change_log) AS last',
                   TG_TABLE_NAME, TG_ARGV[0], TG_ARGV[1], TG_ARGV[2]);
    RETURN NULL;
END
$$;

CREATE TRIGGER users_write_lock BEFORE INSERT OR UPDATE OR DELETE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_take_write_lock();
CREATE TRIGGER users_logged_insert AFTER INSERT ON users
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER users_logged_update AFTER UPDATE ON users
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER users_logged_delete AFTER DELETE ON users
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER groups_write_lock BEFORE INSERT OR UPDATE OR DELETE ON groups
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_take_write_lock();
CREATE TRIGGER groups_logged_insert AFTER INSERT ON groups
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER groups_logged_update AFTER UPDATE ON groups
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER groups_logged_delete AFTER DELETE ON groups
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER group_members_write_lock BEFORE INSERT OR UPDATE OR DELETE ON group_members
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_take_write_lock();
CREATE TRIGGER group_members_logged_insert AFTER INSERT ON group_members
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('group_id', 'user_id', '''''');
CREATE TRIGGER group_members_logged_update AFTER UPDATE ON group_members
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('group_id', 'user_id', '''''');
CREATE TRIGGER group_members_logged_delete AFTER DELETE ON group_members
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('group_id', 'user_id', '''''');
CREATE TRIGGER workflows_write_lock BEFORE INSERT OR UPDATE OR DELETE ON workflows
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_take_write_lock();
CREATE TRIGGER workflows_logged_insert AFTER INSERT ON workflows
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER workflows_logged_update AFTER UPDATE ON workflows
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER workflows_logged_delete AFTER DELETE ON workflows
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER workflow_groups_write_lock BEFORE INSERT OR UPDATE OR DELETE ON workflow_groups
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_take_write_lock();
CREATE TRIGGER workflow_groups_logged_insert AFTER INSERT ON workflow_groups
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('workflow_id', 'group_id', '''''');
CREATE TRIGGER workflow_groups_logged_delete AFTER DELETE ON workflow_groups
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('workflow_id', 'group_id', '''''');
CREATE TRIGGER workflow_runs_write_lock BEFORE INSERT OR UPDATE OR DELETE ON workflow_runs
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_take_write_lock();
CREATE TRIGGER workflow_runs_logged_insert AFTER INSERT ON workflow_runs
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER workflow_runs_logged_update AFTER UPDATE ON workflow_runs
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER workflow_runs_logged_delete AFTER DELETE ON workflow_runs
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER workflow_run_users_write_lock BEFORE INSERT OR UPDATE OR DELETE ON workflow_run_users
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_take_write_lock();
CREATE TRIGGER workflow_run_users_logged_insert AFTER INSERT ON workflow_run_users
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('run_id', 'user_id', 'outcome');
CREATE TRIGGER workflow_run_users_logged_delete AFTER DELETE ON workflow_run_users
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('run_id', 'user_id', 'outcome');
CREATE TRIGGER security_keys_write_lock BEFORE INSERT OR UPDATE OR DELETE ON security_keys
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_take_write_lock();
CREATE TRIGGER security_keys_logged_insert AFTER INSERT ON security_keys
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER security_keys_logged_update AFTER UPDATE ON security_keys
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER security_keys_logged_delete AFTER DELETE ON security_keys
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER activations_write_lock BEFORE INSERT OR UPDATE OR DELETE ON activations
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_take_write_lock();
CREATE TRIGGER activations_logged_insert AFTER INSERT ON activations
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER activations_logged_update AFTER UPDATE ON activations
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER activations_logged_delete AFTER DELETE ON activations
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER outbox_write_lock BEFORE INSERT OR UPDATE OR DELETE ON outbox
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_take_write_lock();
CREATE TRIGGER outbox_logged_insert AFTER INSERT ON outbox
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER outbox_logged_update AFTER UPDATE ON outbox
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER outbox_logged_delete AFTER DELETE ON outbox
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER audit_events_write_lock BEFORE INSERT OR UPDATE OR DELETE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_take_write_lock();
CREATE TRIGGER audit_events_logged_insert AFTER INSERT ON audit_events
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER verifications_write_lock BEFORE INSERT OR UPDATE OR DELETE ON verifications
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_take_write_lock();
CREATE TRIGGER verifications_logged_insert AFTER INSERT ON verifications
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER verifications_logged_update AFTER UPDATE ON verifications
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER verifications_logged_delete AFTER DELETE ON verifications
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('id', '0', '''''');
CREATE TRIGGER windows_logons_write_lock BEFORE INSERT OR UPDATE OR DELETE ON windows_logons
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_take_write_lock();
CREATE TRIGGER windows_logons_logged_insert AFTER INSERT ON windows_logons
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('user_id', '0', '''''');
CREATE TRIGGER windows_logons_logged_update AFTER UPDATE ON windows_logons
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('user_id', '0', '''''');
CREATE TRIGGER windows_logons_logged_delete AFTER DELETE ON windows_logons
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('user_id', '0', '''''');
CREATE TRIGGER operators_write_lock BEFORE INSERT OR UPDATE OR DELETE ON operators
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_take_write_lock();
CREATE TRIGGER operators_logged_insert AFTER INSERT ON operators
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('user_id', '0', '''''');
CREATE TRIGGER operators_logged_update AFTER UPDATE ON operators
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('user_id', '0', '''''');
CREATE TRIGGER operators_logged_delete AFTER DELETE ON operators
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keydesk_log_changes('user_id', '0', '''''');
