-- KeyDesk schema, version 7, for PostgreSQL (the SQLite side: ../0007_windows_logon.sql):
-- how each user signs in to Windows with the smartphone key.

-- A dedicated PC is paired with the phone (its computer name and the pairing date); a shared PC
-- has a security key reader (where it stands). At most one arrangement per user; none = not set
-- up. Changes are audited as user.windows-logon.
CREATE TABLE windows_logons (
    user_id         bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    mode            text COLLATE "C" NOT NULL CHECK (mode IN ('dedicated', 'shared')),
    pc_name         text COLLATE "C",
    paired_at       bigint,
    reader_location text COLLATE "C",
    updated_at      bigint NOT NULL,
    -- IS NOT NULL spelt out: a CHECK whose value is NULL passes.
    CHECK ((mode = 'dedicated' AND pc_name IS NOT NULL AND length(pc_name) BETWEEN 1 AND 63
            AND paired_at IS NOT NULL AND reader_location IS NULL)
        OR (mode = 'shared' AND reader_location IS NOT NULL AND length(reader_location) BETWEEN 1 AND 200
            AND pc_name IS NULL AND paired_at IS NULL))
);
-- All Users filters by arrangement.
CREATE INDEX windows_logons_by_mode ON windows_logons (mode, user_id);
