-- KeyDesk schema, version 9, for PostgreSQL (the SQLite side: ../0009_operators.sql): operators —
-- the users who work KeyDesk itself, each with one role. admin: everything; helpdesk: users,
-- groups and keys, no settings, workflows, operators or deletions; auditor: reads everything,
-- changes nothing. A user who goes takes the role along.
CREATE TABLE operators (
    user_id    bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    role       text COLLATE "C" NOT NULL CHECK (role IN ('admin', 'helpdesk', 'auditor')),
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
);
CREATE INDEX operators_by_role ON operators (role);
