-- KeyDesk schema, version 9: operators — the users who work KeyDesk itself, each with one role.
-- admin: everything; helpdesk: users, groups and keys, no settings, workflows, operators or
-- deletions; auditor: reads everything, changes nothing. A user who goes takes the role along.
CREATE TABLE operators (
    user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('admin', 'helpdesk', 'auditor')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX operators_by_role ON operators (role);
