-- KeyDesk schema, version 2: prefix search over users (name, email, UPN, department).
-- users.search_terms holds each user's search words as keydesk_search_terms() makes them (see
-- SearchTerms.h); the function is registered by KeyDesk on every connection, so these triggers
-- only run inside KeyDesk. A contentless FTS5 table indexes the same words for counting and for
-- fetching few matches; the column serves walking many users in sort order.

ALTER TABLE users ADD COLUMN search_terms TEXT NOT NULL DEFAULT '';

CREATE VIRTUAL TABLE users_fts USING fts5(
    terms,
    content = '', columnsize = 0, detail = none,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3'
);

CREATE TRIGGER users_search_after_insert AFTER INSERT ON users
BEGIN
    UPDATE users SET search_terms = keydesk_search_terms(new.display_name, new.email, new.upn, new.department)
    WHERE id = new.id;
    INSERT INTO users_fts (rowid, terms) SELECT id, search_terms FROM users WHERE id = new.id;
END;

CREATE TRIGGER users_search_after_delete AFTER DELETE ON users
BEGIN
    INSERT INTO users_fts (users_fts, rowid, terms) VALUES ('delete', old.id, old.search_terms);
END;

CREATE TRIGGER users_search_after_update AFTER UPDATE OF display_name, email, upn, department ON users
BEGIN
    INSERT INTO users_fts (users_fts, rowid, terms) VALUES ('delete', old.id, old.search_terms);
    UPDATE users SET search_terms = keydesk_search_terms(new.display_name, new.email, new.upn, new.department)
    WHERE id = new.id;
    INSERT INTO users_fts (rowid, terms) SELECT id, search_terms FROM users WHERE id = new.id;
END;

-- Matches are sorted by name reading (id, name) pairs from this narrow index instead of whole rows.
CREATE INDEX users_name_by_id ON users (id, display_name);
-- Walking users in name order tests each one's words without reading the table.
DROP INDEX users_by_name;
CREATE INDEX users_by_name ON users (display_name, id, search_terms);

UPDATE users SET search_terms = keydesk_search_terms(display_name, email, upn, department);
INSERT INTO users_fts (rowid, terms) SELECT id, search_terms FROM users;
