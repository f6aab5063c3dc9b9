-- KeyDesk schema, version 2, for PostgreSQL: prefix search over users (name, email, UPN,
-- department), with the same words as on SQLite. users.search_terms holds each user's search
-- words as SearchTerms::fromFields makes them; KeyDesk writes it with every change of those fields
-- (no database function could fold text exactly as the SQLite side does).
--
-- Searching is typing: one or two letters must already list users in name order, page by page,
-- with their number. Neither a GIN index (no order) nor walking the name index (matches bunch:
-- every "Zo..." sorts last) does that for a million users, so each user has one row per distinct
-- prefix of 1 to 3 letters of their words, keyed in name order: a typed word of up to 3 letters is
-- one range of that key, read in order. A longer word, or more words, read the range of the
-- longest word's first 3 letters, tested against all the user's words, which those rows carry in
-- the index: no table row is read.
-- How many users a typed prefix of up to 3 letters finds comes from user_search_prefix_counts:
-- counting "s" in the index would read 400,000 entries of a million users.
-- Triggers keep both tables from search_terms and display_name, once per statement.
-- PostgreSQL databases start at this release's schema, so there are no rows to fill in here.

ALTER TABLE users ADD COLUMN search_terms text COLLATE "C" NOT NULL DEFAULT '';

CREATE TABLE user_search_prefixes (
    prefix       text COLLATE "C" NOT NULL,
    display_name text COLLATE "C" NOT NULL,
    user_id      bigint NOT NULL,
    -- in the rows of 3-letter prefixes: all the user's words, each after a space
    words        text COLLATE "C",
    PRIMARY KEY (prefix, display_name, user_id) INCLUDE (words)
);

-- The number of users with each prefix is the sum of its rows here. Writers only add rows (one
-- per prefix and statement), so that a transaction importing a million users never updates one
-- row thousands of times (each update would walk every earlier version); every 500th statement
-- folds the table into one row per prefix.
CREATE TABLE user_search_prefix_counts (
    prefix text COLLATE "C" NOT NULL,
    n      bigint NOT NULL
);
CREATE INDEX user_search_prefix_counts_by_prefix ON user_search_prefix_counts (prefix);
CREATE SEQUENCE user_search_prefix_count_changes;

CREATE FUNCTION keydesk_search_prefixes(terms text) RETURNS TABLE (prefix text, words text)
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    WITH distinct_words AS (
        SELECT DISTINCT word FROM unnest(string_to_array(terms, ' ')) AS word WHERE word <> ''
    )
    SELECT DISTINCT left(word, n),
           CASE WHEN n = 3 THEN (SELECT string_agg(' ' || word, '' ORDER BY word) FROM distinct_words) END
      FROM distinct_words, generate_series(1, 3) AS n
     WHERE length(word) >= n
$$;

-- Adding the changes' rows to user_search_prefix_counts is the caller's; this folds them now
-- and then.
CREATE FUNCTION keydesk_search_prefix_counts_changed() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF nextval('user_search_prefix_count_changes') % 500 = 0 THEN
        WITH folded AS (DELETE FROM user_search_prefix_counts RETURNING prefix, n)
        INSERT INTO user_search_prefix_counts (prefix, n)
        SELECT prefix, sum(n) FROM folded GROUP BY prefix HAVING sum(n) <> 0;
    END IF;
END;
$$;

CREATE FUNCTION keydesk_users_search_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO user_search_prefixes (prefix, display_name, user_id, words)
    SELECT p.prefix, i.display_name, i.id, p.words
      FROM inserted i, keydesk_search_prefixes(i.search_terms) AS p;
    INSERT INTO user_search_prefix_counts (prefix, n)
    SELECT p.prefix, count(*) FROM inserted i, keydesk_search_prefixes(i.search_terms) AS p
     GROUP BY p.prefix;
    PERFORM keydesk_search_prefix_counts_changed();
    RETURN NULL;
END;
$$;
CREATE FUNCTION keydesk_users_search_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM user_search_prefixes s
     USING deleted d, keydesk_search_prefixes(d.search_terms) AS p
     WHERE s.prefix = p.prefix AND s.display_name = d.display_name AND s.user_id = d.id;
    INSERT INTO user_search_prefix_counts (prefix, n)
    SELECT p.prefix, -count(*) FROM deleted d, keydesk_search_prefixes(d.search_terms) AS p
     GROUP BY p.prefix;
    PERFORM keydesk_search_prefix_counts_changed();
    RETURN NULL;
END;
$$;
-- Every update of users runs this; only users whose words or name changed are rewritten. Those
-- are found by EXCEPT, not by joining the two transition tables: they have no statistics, and a
-- nested loop over 100,000 updated rows (UPDATE users SET enabled = 1) would never end. (Two
-- statements for the rows: the order of data-modifying parts of one statement is not defined,
-- and the new rows may have the keys of the old.)
CREATE FUNCTION keydesk_users_search_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT id, search_terms, display_name FROM after_update
                   EXCEPT SELECT id, search_terms, display_name FROM before_update) THEN
        RETURN NULL;
    END IF;
    DELETE FROM user_search_prefixes s
     USING (SELECT id, search_terms, display_name FROM before_update
            EXCEPT SELECT id, search_terms, display_name FROM after_update) AS b,
           keydesk_search_prefixes(b.search_terms) AS p
     WHERE s.prefix = p.prefix AND s.display_name = b.display_name AND s.user_id = b.id;
    INSERT INTO user_search_prefixes (prefix, display_name, user_id, words)
    SELECT p.prefix, a.display_name, a.id, p.words
      FROM (SELECT id, search_terms, display_name FROM after_update
            EXCEPT SELECT id, search_terms, display_name FROM before_update) AS a,
           keydesk_search_prefixes(a.search_terms) AS p;
    INSERT INTO user_search_prefix_counts (prefix, n)
    SELECT prefix, sum(n) FROM (
        SELECT p.prefix, -1 AS n
          FROM (SELECT id, search_terms FROM before_update EXCEPT SELECT id, search_terms FROM after_update) AS b,
               keydesk_search_prefixes(b.search_terms) AS p
        UNION ALL
        SELECT p.prefix, 1 AS n
          FROM (SELECT id, search_terms FROM after_update EXCEPT SELECT id, search_terms FROM before_update) AS a,
               keydesk_search_prefixes(a.search_terms) AS p
    ) AS changes GROUP BY prefix HAVING sum(n) <> 0;
    PERFORM keydesk_search_prefix_counts_changed();
    RETURN NULL;
END;
$$;
CREATE TRIGGER users_search_after_insert AFTER INSERT ON users
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION keydesk_users_search_inserted();
CREATE TRIGGER users_search_after_delete AFTER DELETE ON users
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION keydesk_users_search_deleted();
CREATE TRIGGER users_search_after_update AFTER UPDATE ON users
    REFERENCING OLD TABLE AS before_update NEW TABLE AS after_update
    FOR EACH STATEMENT EXECUTE FUNCTION keydesk_users_search_updated();
