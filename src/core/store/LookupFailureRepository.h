// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Database.h"
#include "core/activation/ActivationSecrets.h"

#include <QStringList>

#include <optional>

namespace keydesk {

// Wrong "Work or School" codes by subject (migration 0008), for the lookup rate limits: the email
// a code was tried for, kept as a keyed hash (guessed addresses are not stored in clear), and the
// client it came from.
class LookupFailureRepository
{
public:
    LookupFailureRepository(Database& db, CodeKey codeKey) : m_db(db), m_codeKey(std::move(codeKey)) {}

    QString emailSubject(const QString& email) const;
    static QString clientSubject(const QString& client) { return QStringLiteral("client:") + client; }

    // When `subject` may try again: the time its `limit`-th newest failure within `windowMs`
    // leaves the window, or nullopt when it has fewer failures than that in the window.
    Result<std::optional<qint64>> blockedUntil(const QString& subject, int limit, qint64 windowMs,
                                               qint64 nowMs);
    // Failures of `subject` after `sinceMs`.
    Result<int> countSince(const QString& subject, qint64 sinceMs);
    // One failure for each subject at `atMs`; failures older than `windowMs` are deleted now and
    // then, so the table holds about one window of failures.
    Status record(const QStringList& subjects, qint64 atMs, qint64 windowMs);

private:
    Database& m_db;
    CodeKey m_codeKey;
    int m_sincePrune = 0;
};

} // namespace keydesk
