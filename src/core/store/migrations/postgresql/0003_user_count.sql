-- KeyDesk schema, version 3, for PostgreSQL: the number of users, kept by triggers, so that
-- opening All Users does not count a million rows.

CREATE TABLE user_count (
    only_row integer PRIMARY KEY CHECK (only_row = 1),
    n        bigint NOT NULL CHECK (n >= 0)
);
INSERT INTO user_count (only_row, n) SELECT 1, count(*) FROM users;

CREATE FUNCTION keydesk_user_count_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE user_count SET n = n + 1 WHERE only_row = 1;
    ELSE
        UPDATE user_count SET n = n - 1 WHERE only_row = 1;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER user_count_after_insert AFTER INSERT ON users
    FOR EACH ROW EXECUTE FUNCTION keydesk_user_count_changed();
CREATE TRIGGER user_count_after_delete AFTER DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION keydesk_user_count_changed();
