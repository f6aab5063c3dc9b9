// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/SecurityKey.h"
#include "core/domain/User.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

namespace keydesk {

// Rows are read by column name: every SELECT names its columns with the aliases below, and a
// reader finds their positions once per statement (a Columns), so adding or reordering columns
// cannot shift what a reader takes.
class Columns
{
public:
    explicit Columns(const QSqlQuery& query) : m_record(query.record()) {}
    // The column's position; -1 when the statement does not select it.
    int operator()(const char* name) const { return m_record.indexOf(QLatin1String(name)); }

private:
    QSqlRecord m_record;
};

// "u.id AS user_id, …": the users columns every reader of a User selects.
extern const QString kUserSelect;
// The same with where the user came from and when it was made and changed.
extern const QString kUserFullSelect;
// "k.id AS key_id, …" and "a.id AS activation_id, …".
extern const QString kKeySelect;
extern const QString kActivationSelect;

// One reader per entity, each looking its columns up once.
class UserReader
{
public:
    explicit UserReader(const Columns& c);
    User read(const QSqlQuery& q) const;

private:
    int m_id, m_externalId, m_displayName, m_email, m_upn, m_department, m_enabled, m_source, m_sourceId,
        m_createdAt, m_updatedAt;
};

class KeyReader
{
public:
    explicit KeyReader(const Columns& c);
    SecurityKey read(const QSqlQuery& q) const;

private:
    int m_id, m_userId, m_type, m_label, m_status, m_statusReason, m_settings, m_credentialId, m_publicKey,
        m_algorithm, m_aaguid, m_signCount, m_flagUv, m_flagBe, m_flagBs, m_attestationFormat,
        m_attestationType, m_attestationTrust, m_transports, m_createdAt, m_activatedAt, m_lastUsedAt,
        m_lastVerifiedAt, m_statusChangedAt;
};

class ActivationReader
{
public:
    explicit ActivationReader(const Columns& c);
    // None when the row has no activation (a LEFT JOIN that found none).
    std::optional<Activation> read(const QSqlQuery& q) const;

private:
    int m_id, m_keyId, m_method, m_createdAt, m_expiresAt, m_usedAt, m_supersededBy;
};

} // namespace keydesk
