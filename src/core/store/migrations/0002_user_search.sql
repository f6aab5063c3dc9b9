-- KeyDesk schema, version 2: full-text prefix search over users (name, email, UPN, department).
-- An external-content FTS5 table kept in step by triggers; prefix indexes make the first few
-- characters typed fast on a million rows.

CREATE VIRTUAL TABLE users_fts USING fts5(
    display_name, email, upn, department,
    content = 'users', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TRIGGER users_fts_after_insert AFTER INSERT ON users
BEGIN
    INSERT INTO users_fts (rowid, display_name, email, upn, department)
    VALUES (new.id, new.display_name, new.email, new.upn, new.department);
END;

CREATE TRIGGER users_fts_after_delete AFTER DELETE ON users
BEGIN
    INSERT INTO users_fts (users_fts, rowid, display_name, email, upn, department)
    VALUES ('delete', old.id, old.display_name, old.email, old.upn, old.department);
END;

CREATE TRIGGER users_fts_after_update AFTER UPDATE OF display_name, email, upn, department ON users
BEGIN
    INSERT INTO users_fts (users_fts, rowid, display_name, email, upn, department)
    VALUES ('delete', old.id, old.display_name, old.email, old.upn, old.department);
    INSERT INTO users_fts (rowid, display_name, email, upn, department)
    VALUES (new.id, new.display_name, new.email, new.upn, new.department);
END;

INSERT INTO users_fts (users_fts) VALUES ('rebuild');
