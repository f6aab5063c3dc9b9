// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "WindowsLogonRepository.h"

#include <QJsonObject>

namespace keydesk {

namespace {

QJsonObject logonDetails(const WindowsLogon& logon)
{
    QJsonObject details{{QStringLiteral("mode"), windowsLogonModeName(logon.mode)}};
    if (logon.mode == WindowsLogonMode::DedicatedPc) {
        details.insert(QStringLiteral("pc_name"), logon.pcName);
        details.insert(QStringLiteral("paired_at"), logon.pairedAtMs);
    } else {
        details.insert(QStringLiteral("reader_location"), logon.readerLocation);
    }
    return details;
}

} // namespace

Result<std::optional<WindowsLogon>> WindowsLogonRepository::find(qint64 userId)
{
    using R = Result<std::optional<WindowsLogon>>;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT mode, pc_name, paired_at, reader_location, "
                                                "updated_at FROM windows_logons WHERE user_id = ?"));
    q.addBindValue(userId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the Windows sign-in")); !s)
        return R::failure(s.cause());
    std::optional<WindowsLogon> found;
    if (q.next()) {
        WindowsLogon logon;
        logon.mode = windowsLogonModeFromName(q.value(QStringLiteral("mode")).toString())
                         .value_or(WindowsLogonMode::DedicatedPc);
        logon.pcName = q.value(QStringLiteral("pc_name")).toString();
        logon.pairedAtMs = q.value(QStringLiteral("paired_at")).toLongLong();
        logon.readerLocation = q.value(QStringLiteral("reader_location")).toString();
        logon.updatedAtMs = q.value(QStringLiteral("updated_at")).toLongLong();
        found = logon;
    }
    q.finish();
    return found;
}

Result<WindowsLogon> WindowsLogonRepository::set(const User& user, WindowsLogon logon)
{
    using R = Result<WindowsLogon>;
    const qint64 now = m_clock.nowMs();
    logon.updatedAtMs = now;
    const bool dedicated = logon.mode == WindowsLogonMode::DedicatedPc;
    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().cause());
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO windows_logons (user_id, mode, pc_name, paired_at, reader_location, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET mode = excluded.mode, "
        "pc_name = excluded.pc_name, paired_at = excluded.paired_at, reader_location = "
        "excluded.reader_location, "
        "updated_at = excluded.updated_at"));
    q.addBindValue(user.id);
    q.addBindValue(windowsLogonModeName(logon.mode));
    q.addBindValue(dedicated ? QVariant(logon.pcName) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(dedicated ? QVariant(logon.pairedAtMs) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(dedicated ? QVariant(QMetaType(QMetaType::QString)) : QVariant(logon.readerLocation));
    q.addBindValue(now);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "recording the Windows sign-in")); !s)
        return R::failure(s.cause());
    if (Status s = m_audit.append(QStringLiteral("user.windows-logon"), QStringLiteral("user"), user.id,
                                  user.email, logonDetails(logon));
        !s)
        return R::failure(s.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return logon;
}

Status WindowsLogonRepository::clear(const User& user)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM windows_logons WHERE user_id = ?"));
    q.addBindValue(user.id);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "clearing the Windows sign-in")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return {};
    if (Status s = m_audit.append(QStringLiteral("user.windows-logon"), QStringLiteral("user"), user.id,
                                  user.email, QJsonObject{{QStringLiteral("mode"), QStringLiteral("none")}});
        !s)
        return s;
    return tx.commit();
}

} // namespace keydesk
