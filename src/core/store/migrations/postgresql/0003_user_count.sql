-- KeyDesk schema, version 3, for PostgreSQL: the number of users, kept by triggers, so that
-- opening All Users does not count a million rows. The triggers run once per statement, not per
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
