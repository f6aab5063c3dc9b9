-- KeyDesk schema, version 2, for PostgreSQL: prefix search over users (name, email, UPN,
-- department), with the same words as on SQLite. users.search_terms holds each user's search
-- words as SearchTerms::fromFields makes them; KeyDesk writes it with every change of those fields
-- (no database function could fold text exactly as the SQLite side does). The words become a
-- tsvector as they are, without a text-search parser or dictionary, so a query's prefixes match
-- the very same words; a GIN index answers "every word begins with one of these prefixes".
-- PostgreSQL databases start at this release's schema, so there are no rows to fill in here.

ALTER TABLE users ADD COLUMN search_terms text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN search_words tsvector
    GENERATED ALWAYS AS (array_to_tsvector(array_remove(string_to_array(search_terms, ' '), ''))) STORED;
CREATE INDEX users_search ON users USING gin (search_words);
