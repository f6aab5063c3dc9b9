// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "ScimFailure.h"
#include "core/store/ScimRepository.h"
#include "core/users/DirectorySync.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keydesk::net::scim {

// A user or group as SCIM gives it (RFC 7643 §4), with `base` (".../scim/v2") in meta.location.
// meta.version is a weak ETag of everything else in the resource: it changes when any of it does.
QJsonObject userResource(const ScimRepository::UserRow& row, const QString& base);
QJsonObject groupResource(const ScimRepository::GroupRow& row, const QString& base, bool withMembers);

// What a User resource (a POST or PUT body, or the resource after a PATCH) asks KeyDesk to keep,
// as the directory entry of the user with SCIM id `id`; a missing or mistyped attribute is
// refused (invalidValue, invalidSyntax) with what is wrong.
ScimResult<DirectoryUserEntry> userEntryFrom(const QJsonObject& resource, const QString& id);
// Likewise for a Group; members are SCIM user ids.
ScimResult<DirectoryGroupEntry> groupEntryFrom(const QJsonObject& resource, const QString& id);

// RFC 7644 §3.4.2's ListResponse.
QJsonObject listResponse(const QJsonArray& resources, qint64 total, qint64 startIndex);

// The resource with only the attributes asked for (?attributes=) or without those left out
// (?excludedAttributes=), both comma-separated top-level names; id, schemas and meta always stay.
QJsonObject selectAttributes(const QJsonObject& resource, const QString& attributes,
                             const QString& excludedAttributes);

// A member of `object` by name in any case (SCIM attribute names are case-insensitive).
QJsonValue memberOf(const QJsonObject& object, const QString& name);

} // namespace keydesk::net::scim
