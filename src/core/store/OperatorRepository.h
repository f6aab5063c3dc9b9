// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "core/domain/Operator.h"
#include "core/domain/User.h"

#include <optional>

namespace keydesk {

// Operators and their roles (OperatorService checks the rules). Each change writes its audit
// event, about the user, in the caller's transaction.
class OperatorRepository
{
public:
    OperatorRepository(Database& db, const Clock& clock, AuditLog& audit)
        : m_db(db), m_clock(clock), m_audit(audit)
    {}

    // By email.
    Result<QList<Operator>> list();
    Result<std::optional<Operator>> find(qint64 userId);
    Result<qint64> countWithRole(OperatorRole role);

    Result<Operator> add(const User& user, OperatorRole role);
    Status setRole(const Operator& current, OperatorRole role);
    Status remove(const Operator& current);

private:
    Result<QList<Operator>> select(const QString& where, const QVariantList& values);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace keydesk
