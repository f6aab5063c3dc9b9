-- KeyDesk schema, version 14: a key policy of a group's own. Its members' keys must pass it as
-- well as the deployment's (the policy.* settings) and those of their other groups, at every
-- activation. NULL: the group adds nothing. The text is JSON, written and checked by
-- core/activation/KeyPolicy ({"deviceBoundOnly": bool, "authenticators": "any|allow|block",
-- "aaguids": ["<uuid>", ...]}); a desk keeps it in its cache like the group's name.

ALTER TABLE groups ADD COLUMN key_policy TEXT CHECK (key_policy IS NULL OR json_valid(key_policy));

DROP TRIGGER groups_logged_update;
CREATE TRIGGER groups_logged_update AFTER UPDATE OF name, description, created_at, key_policy ON groups
BEGIN
    INSERT INTO change_log (table_name, k1) VALUES ('groups', new.id);
END;
