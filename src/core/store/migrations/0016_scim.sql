-- KeyDesk schema, version 16: what SCIM 2.0 (RFC 7643/7644) needs beyond version 15's sources.
-- An identity provider names each user and group by KeyDesk's id for it (users.external_id,
-- groups.external_id: made by KeyDesk when the provider creates the resource) and may send its
-- own id as well (SCIM "externalId"): kept to give back and to filter on.
ALTER TABLE users ADD COLUMN scim_external_id TEXT;
ALTER TABLE groups ADD COLUMN scim_external_id TEXT;

-- When the source removed the user or group (a SCIM DELETE, or gone from an LDAP full run). It
-- stays in KeyDesk, disabled and without members, for its history, its keys and the workflows
-- that name the group; it is no longer an entry of the source (SCIM answers 404 for it), and the
-- same source may make it again (an account deleted and made anew).
ALTER TABLE users ADD COLUMN removed_at INTEGER;
ALTER TABLE groups ADD COLUMN removed_at INTEGER;
