-- KeyDesk schema, version 3: the number of users, kept by triggers, so that opening All Users
-- does not count a million rows (SQLite's count(*) reads a whole index; on a cold disk cache
-- that was most of the first page's time).

CREATE TABLE user_count (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    n        INTEGER NOT NULL CHECK (n >= 0)
);
INSERT INTO user_count (only_row, n) SELECT 1, count(*) FROM users;

CREATE TRIGGER user_count_after_insert AFTER INSERT ON users
BEGIN
    UPDATE user_count SET n = n + 1 WHERE only_row = 1;
END;

CREATE TRIGGER user_count_after_delete AFTER DELETE ON users
BEGIN
    UPDATE user_count SET n = n - 1 WHERE only_row = 1;
END;
