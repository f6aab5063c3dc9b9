-- KeyDesk schema, version 16, for PostgreSQL (the SQLite side, with the reasons:
-- ../0016_scim.sql): the identity provider's own id for a user or group (SCIM externalId), and
-- when the source removed it.
ALTER TABLE users ADD COLUMN scim_external_id text COLLATE "C";
ALTER TABLE groups ADD COLUMN scim_external_id text COLLATE "C";
ALTER TABLE users ADD COLUMN removed_at bigint;
ALTER TABLE groups ADD COLUMN removed_at bigint;
