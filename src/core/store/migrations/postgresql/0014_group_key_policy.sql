-- KeyDesk schema, version 14, for PostgreSQL (the SQLite side, with the reasons:
-- ../0014_group_key_policy.sql): a group's own key policy, as JSON text. The change log's
-- trigger on groups records every update already.

ALTER TABLE groups ADD COLUMN key_policy text CHECK (key_policy IS NULL OR key_policy::jsonb IS NOT NULL);
