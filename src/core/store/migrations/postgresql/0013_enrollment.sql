-- KeyDesk schema, version 13, for PostgreSQL (the SQLite side, with the reasons:
-- ../0013_enrollment.sql): each user's enrollment, kept by triggers.
--
-- The triggers run once per statement over its transition tables, like the counts of version 3,
-- and write a user only when their enrollment changes: a workflow assigning 100,000 keys in a
-- few statements updates each user once, and a key's use (last_used_at) writes no user at all.
-- PostgreSQL's change log records every update of users, so a change here makes desks read the
-- user again; their caches compute the column themselves.

ALTER TABLE users ADD COLUMN enrollment text COLLATE "C" NOT NULL DEFAULT 'none'
    CHECK (enrollment IN ('active', 'pending', 'withdrawn', 'none'));

CREATE FUNCTION keydesk_enrollment_of(uid bigint) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT coalesce((
        SELECT CASE min(CASE k.status WHEN 'active' THEN 0 WHEN 'pending' THEN 1
                                      WHEN 'suspended' THEN 2 WHEN 'revoked' THEN 2 END)
               WHEN 0 THEN 'active' WHEN 1 THEN 'pending' WHEN 2 THEN 'withdrawn' END
        FROM security_keys k WHERE k.user_id = uid), 'none')
$$;

UPDATE users SET enrollment = keydesk_enrollment_of(id) WHERE id IN (SELECT user_id FROM security_keys);

CREATE INDEX users_enrollment ON users (enabled, enrollment) INCLUDE (id);

CREATE INDEX security_keys_last_seen ON security_keys
    ((coalesce(last_used_at, 0)), (coalesce(last_verified_at, 0)), (coalesce(activated_at, created_at)))
    WHERE status = 'active';
DROP INDEX activations_live;
CREATE INDEX activations_live ON activations (expires_at, key_id) WHERE used_at IS NULL AND superseded_by IS NULL;

CREATE FUNCTION keydesk_enrollment_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE users u SET enrollment = keydesk_enrollment_of(u.id)
        WHERE u.id IN (SELECT user_id FROM after_change)
          AND u.enrollment IS DISTINCT FROM keydesk_enrollment_of(u.id);
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE users u SET enrollment = keydesk_enrollment_of(u.id)
        WHERE u.id IN (SELECT user_id FROM before_change)
          AND u.enrollment IS DISTINCT FROM keydesk_enrollment_of(u.id);
    ELSE
        UPDATE users u SET enrollment = keydesk_enrollment_of(u.id)
        WHERE u.id IN (SELECT user_id FROM after_change UNION SELECT user_id FROM before_change)
          AND u.enrollment IS DISTINCT FROM keydesk_enrollment_of(u.id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER users_enrollment_after_key_insert AFTER INSERT ON security_keys
    REFERENCING NEW TABLE AS after_change FOR EACH STATEMENT EXECUTE FUNCTION keydesk_enrollment_refresh();
CREATE TRIGGER users_enrollment_after_key_update AFTER UPDATE ON security_keys
    REFERENCING OLD TABLE AS before_change NEW TABLE AS after_change
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_enrollment_refresh();
CREATE TRIGGER users_enrollment_after_key_delete AFTER DELETE ON security_keys
    REFERENCING OLD TABLE AS before_change FOR EACH STATEMENT EXECUTE FUNCTION keydesk_enrollment_refresh();
