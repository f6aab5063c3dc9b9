-- KeyDesk schema, version 2: prefix search over users (name, email, UPN, department).
-- One contentless FTS5 column holds each user's search words as keydesk_search_terms() makes
-- them (see SearchTerms.h); the function is registered by KeyDesk on every connection, so these
-- triggers only run inside KeyDesk. Prefix indexes make the first letters typed cheap to count.

CREATE VIRTUAL TABLE users_fts USING fts5(
    terms,
    content = '', columnsize = 0, detail = none,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3'
);

CREATE TRIGGER users_fts_after_insert AFTER INSERT ON users
BEGIN
    INSERT INTO users_fts (rowid, terms)
    VALUES (new.id, keydesk_search_terms(new.display_name, new.email, new.upn, new.department));
END;

CREATE TRIGGER users_fts_after_delete AFTER DELETE ON users
BEGIN
    INSERT INTO users_fts (users_fts, rowid, terms)
    VALUES ('delete', old.id, keydesk_search_terms(old.display_name, old.email, old.upn, old.department));
END;

CREATE TRIGGER users_fts_after_update AFTER UPDATE OF display_name, email, upn, department ON users
BEGIN
    INSERT INTO users_fts (users_fts, rowid, terms)
    VALUES ('delete', old.id, keydesk_search_terms(old.display_name, old.email, old.upn, old.department));
    INSERT INTO users_fts (rowid, terms)
    VALUES (new.id, keydesk_search_terms(new.display_name, new.email, new.upn, new.department));
END;

INSERT INTO users_fts (rowid, terms)
SELECT id, keydesk_search_terms(display_name, email, upn, department) FROM users;
