-- KeyDesk schema, version 3, for PostgreSQL: the number of users, and of each group's members,
-- kept by triggers, so that opening All Users does not count a million rows. The triggers run once per statement, not per
-- row: one transaction updating the same row for each of 100,000 imported users would leave a
-- chain of 100,000 versions that every further update walks.

CREATE TABLE user_count (
    only_row integer PRIMARY KEY CHECK (only_row = 1),
    n        bigint NOT NULL CHECK (n >= 0)
);
INSERT INTO user_count (only_row, n) SELECT 1, count(*) FROM users;

CREATE FUNCTION keydesk_users_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE user_count SET n = n + (SELECT count(*) FROM inserted) WHERE only_row = 1;
    RETURN NULL;
END;
$$;
CREATE FUNCTION keydesk_users_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE user_count SET n = n - (SELECT count(*) FROM deleted) WHERE only_row = 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER user_count_after_insert AFTER INSERT ON users
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION keydesk_users_inserted();
CREATE TRIGGER user_count_after_delete AFTER DELETE ON users
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION keydesk_users_deleted();

-- Members per group, for the groups list and a group's user count: counting the rows of a group
-- of 100,000 takes longer than a screen may wait. A group's number is the sum of its rows here.
-- Writers only add rows (one per group and statement): an import adding memberships 300 at a
-- time would otherwise update each group's one row thousands of times in one transaction, and
-- every update walks the row's earlier versions. Every 500th statement folds the rows.
CREATE TABLE group_member_counts (
    group_id bigint NOT NULL,
    n        bigint NOT NULL
);
CREATE INDEX group_member_counts_by_group ON group_member_counts (group_id);
CREATE SEQUENCE group_member_count_changes;

CREATE FUNCTION keydesk_group_member_counts_changed() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF nextval('group_member_count_changes') % 500 = 0 THEN
        WITH folded AS (DELETE FROM group_member_counts RETURNING group_id, n)
        INSERT INTO group_member_counts (group_id, n)
        SELECT group_id, sum(n) FROM folded GROUP BY group_id HAVING sum(n) <> 0;
    END IF;
END;
$$;
CREATE FUNCTION keydesk_group_members_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO group_member_counts (group_id, n) SELECT group_id, count(*) FROM inserted GROUP BY group_id;
    PERFORM keydesk_group_member_counts_changed();
    RETURN NULL;
END;
$$;
CREATE FUNCTION keydesk_group_members_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO group_member_counts (group_id, n) SELECT group_id, -count(*) FROM deleted GROUP BY group_id;
    PERFORM keydesk_group_member_counts_changed();
    RETURN NULL;
END;
$$;
CREATE FUNCTION keydesk_group_members_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO group_member_counts (group_id, n)
    SELECT group_id, sum(n) FROM (
        SELECT group_id, -1 AS n FROM before_update UNION ALL SELECT group_id, 1 AS n FROM after_update
    ) AS changes GROUP BY group_id HAVING sum(n) <> 0;
    PERFORM keydesk_group_member_counts_changed();
    RETURN NULL;
END;
$$;
CREATE TRIGGER group_member_counts_after_insert AFTER INSERT ON group_members
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION keydesk_group_members_inserted();
CREATE TRIGGER group_member_counts_after_delete AFTER DELETE ON group_members
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION keydesk_group_members_deleted();
CREATE TRIGGER group_member_counts_after_update AFTER UPDATE ON group_members
    REFERENCING OLD TABLE AS before_update NEW TABLE AS after_update
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_group_members_updated();
