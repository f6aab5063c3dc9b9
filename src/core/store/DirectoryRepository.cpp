// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DirectoryRepository.h"

#include "Rows.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace keydesk {

namespace {

constexpr auto kSourceColumns =
    "SELECT id, name, kind, config, on_leave, token_hash IS NOT NULL AS has_token, "
    "watermark, last_full_at, created_at FROM directory_sources";

DirectorySource readSource(const QSqlQuery& q)
{
    DirectorySource s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.kind = directoryKindFromName(q.value(2).toString()).value_or(DirectoryKind::Ldap);
    if (s.kind == DirectoryKind::Ldap) {
        // Written by LdapSourceConfig::toJson; a row changed by hand that no longer reads keeps
        // the defaults, and check() refuses to run with them.
        auto config =
            LdapSourceConfig::fromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
        if (config)
            s.ldap = config.value();
    }
    s.onLeave = leaverActionFromName(q.value(4).toString()).value_or(LeaverAction::Suspend);
    s.hasToken = q.value(5).toBool();
    s.watermark = q.value(6).toString();
    if (!q.value(7).isNull())
        s.lastFullAtMs = q.value(7).toLongLong();
    s.createdAtMs = q.value(8).toLongLong();
    return s;
}

constexpr auto kRunColumns =
    "SELECT id, source_id, mode, dry_run, status, error, started_at, finished_at, entries_read, "
    "users_created, "
    "users_updated, users_disabled, users_enabled, users_removed, memberships_added, memberships_removed, "
    "keys_withdrawn, entry_errors FROM directory_runs";

DirectoryRun readRun(const QSqlQuery& q)
{
    DirectoryRun r;
    r.id = q.value(0).toLongLong();
    r.sourceId = q.value(1).toLongLong();
    r.mode = q.value(2).toString() == QLatin1String("full") ? SyncMode::Full : SyncMode::Incremental;
    r.dryRun = q.value(3).toBool();
    r.failed = q.value(4).toString() == QLatin1String("failed");
    r.error = q.value(5).toString();
    r.startedAtMs = q.value(6).toLongLong();
    r.finishedAtMs = q.value(7).toLongLong();
    qint64* counts[] = {&r.entriesRead,   &r.usersCreated, &r.usersUpdated,     &r.usersDisabled,
                        &r.usersEnabled,  &r.usersRemoved, &r.membershipsAdded, &r.membershipsRemoved,
                        &r.keysWithdrawn, &r.entryErrors};
    for (int i = 0; i < int(std::size(counts)); ++i)
        *counts[i] = q.value(8 + i).toLongLong();
    return r;
}

} // namespace

Result<DirectorySource> DirectoryRepository::addSource(const QString& name, DirectoryKind kind,
                                                       const LdapSourceConfig& config, LeaverAction onLeave)
{
    using R = Result<DirectorySource>;
    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().cause());
    const QJsonObject json = kind == DirectoryKind::Ldap ? config.toJson() : QJsonObject();
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO directory_sources (name, kind, config, on_leave, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(directoryKindName(kind));
    q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    q.addBindValue(leaverActionName(onLeave));
    q.addBindValue(m_clock.nowMs());
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "adding the directory source")); !s)
        return R::failure(s.cause());
    const qint64 id = q.lastInsertId().toLongLong();
    QJsonObject details{{QStringLiteral("kind"), directoryKindName(kind)},
                        {QStringLiteral("on_leave"), leaverActionName(onLeave)}};
    if (kind == DirectoryKind::Ldap)
        details.insert(QStringLiteral("config"), json);
    if (Status s = m_audit.append(QStringLiteral("directory.add-source"), QStringLiteral("directory-source"),
                                  id, name, details);
        !s)
        return R::failure(s.cause());
    auto added = selectSources(QStringLiteral(" WHERE id = ?"), {id});
    if (!added)
        return R::failure(added.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    return added->constFirst();
}

Result<QList<DirectorySource>> DirectoryRepository::selectSources(const QString& where,
                                                                  const QVariantList& values)
{
    QSqlQuery& q = m_db.prepared(QLatin1String(kSourceColumns) + where + QStringLiteral(" ORDER BY name"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    return m_db.readAll<DirectorySource>(q, QT_TRANSLATE_NOOP("Database", "reading directory sources"),
                                         readSource);
}

Result<QList<DirectorySource>> DirectoryRepository::sources()
{
    return selectSources({}, {});
}

Result<std::optional<DirectorySource>> DirectoryRepository::findSource(const QString& idOrName)
{
    using R = Result<std::optional<DirectorySource>>;
    auto found = selectSources(QStringLiteral(" WHERE name = ?"), {idOrName});
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    if (found && found->isEmpty() && isNumber)
        found = selectSources(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return R::failure(found.cause());
    return found->isEmpty() ? std::nullopt : std::optional<DirectorySource>(found->constFirst());
}

Status DirectoryRepository::setScimToken(qint64 sourceId, const QString& sourceName,
                                         const QByteArray& tokenHash)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE directory_sources SET token_hash = ? WHERE id = ?"));
    q.addBindValue(tokenHash);
    q.addBindValue(sourceId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "keeping the SCIM token")); !s)
        return s;
    return m_audit.append(QStringLiteral("directory.scim-token"), QStringLiteral("directory-source"),
                          sourceId, sourceName, {});
}

Result<std::optional<std::pair<DirectorySource, QByteArray>>>
DirectoryRepository::sourceByTokenHash(const QByteArray& tokenHash)
{
    using R = Result<std::optional<std::pair<DirectorySource, QByteArray>>>;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id, token_hash FROM directory_sources WHERE kind = "
                                                "'scim' AND token_hash = ?"));
    q.addBindValue(tokenHash);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading directory sources")); !s)
        return R::failure(s.cause());
    if (!q.next()) {
        q.finish();
        return std::optional<std::pair<DirectorySource, QByteArray>>();
    }
    const qint64 id = q.value(0).toLongLong();
    const QByteArray kept = q.value(1).toByteArray();
    q.finish();
    auto found = selectSources(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return R::failure(found.cause());
    if (found->isEmpty())
        return std::optional<std::pair<DirectorySource, QByteArray>>();
    return std::optional(std::pair(found->constFirst(), kept));
}

Result<QString> DirectoryRepository::sourceName(qint64 sourceId)
{
    auto found = selectSources(QStringLiteral(" WHERE id = ?"), {sourceId});
    if (!found)
        return Result<QString>::failure(found.cause());
    return found->isEmpty() ? QStringLiteral("source %1").arg(sourceId) : found->constFirst().name;
}

Status DirectoryRepository::setSyncState(qint64 sourceId, const QString& watermark,
                                         std::optional<qint64> lastFullAtMs)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE directory_sources SET watermark = ?, last_full_at = coalesce(?, last_full_at) WHERE id = ?"));
    q.addBindValue(sqlText(watermark));
    q.addBindValue(lastFullAtMs ? QVariant(*lastFullAtMs) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(sourceId);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "keeping where the directory sync got to"));
}

Result<qint64> DirectoryRepository::insertRun(const DirectoryRun& run,
                                              const QList<DirectoryEntryError>& errors)
{
    using R = Result<qint64>;
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO directory_runs (source_id, mode, dry_run, status, error, started_at, finished_at, "
        "entries_read, users_created, users_updated, users_disabled, users_enabled, users_removed, "
        "memberships_added, memberships_removed, keys_withdrawn, entry_errors) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(run.sourceId);
    q.addBindValue(syncModeName(run.mode));
    q.addBindValue(run.dryRun ? 1 : 0);
    q.addBindValue(run.failed ? QStringLiteral("failed") : QStringLiteral("completed"));
    q.addBindValue(sqlText(run.error));
    for (qint64 v : {run.startedAtMs, run.finishedAtMs, run.entriesRead, run.usersCreated, run.usersUpdated,
                     run.usersDisabled, run.usersEnabled, run.usersRemoved, run.membershipsAdded,
                     run.membershipsRemoved, run.keysWithdrawn, run.entryErrors})
        q.addBindValue(v);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "recording the directory sync run")); !s)
        return R::failure(s.cause());
    const qint64 runId = q.lastInsertId().toLongLong();
    QSqlQuery& e = m_db.prepared(
        QStringLiteral("INSERT INTO directory_run_errors (run_id, seq, entry, message) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < errors.size(); ++i) {
        e.addBindValue(runId);
        e.addBindValue(qint64(i));
        e.addBindValue(sqlText(errors[i].entry));
        e.addBindValue(sqlText(errors[i].message));
        if (Status s = m_db.exec(e, QT_TRANSLATE_NOOP("Database", "recording the directory sync run")); !s)
            return R::failure(s.cause());
    }
    return runId;
}

Result<QList<DirectoryRun>> DirectoryRepository::runs(qint64 sourceId, int limit)
{
    QSqlQuery& q = m_db.prepared(QLatin1String(kRunColumns) +
                                 QStringLiteral(" WHERE source_id = ? ORDER BY id DESC LIMIT ?"));
    q.addBindValue(sourceId);
    q.addBindValue(limit);
    return m_db.readAll<DirectoryRun>(q, QT_TRANSLATE_NOOP("Database", "reading directory sync runs"),
                                      readRun);
}

Result<std::optional<qint64>> DirectoryRepository::lastRunAt(qint64 sourceId)
{
    using R = Result<std::optional<qint64>>;
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT max(finished_at) FROM directory_runs WHERE source_id = ? AND dry_run = 0"));
    q.addBindValue(sourceId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading directory sync runs")); !s)
        return R::failure(s.cause());
    std::optional<qint64> at;
    if (q.next() && !q.value(0).isNull())
        at = q.value(0).toLongLong();
    q.finish();
    return at;
}

Result<QList<DirectoryEntryError>> DirectoryRepository::runErrors(qint64 runId, int limit)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT entry, message FROM directory_run_errors WHERE run_id = ? ORDER BY seq LIMIT ?"));
    q.addBindValue(runId);
    q.addBindValue(limit);
    return m_db.readAll<DirectoryEntryError>(
        q, QT_TRANSLATE_NOOP("Database", "reading directory sync runs"), [](const QSqlQuery& row) {
            return DirectoryEntryError{row.value(0).toString(), row.value(1).toString()};
        });
}

namespace {

const QString kSourcedUserColumns = QStringLiteral(", u.directory_dn, u.scim_external_id, u.removed_at");

// Reads SourcedUser rows into `users` by external id.
Status readSourcedUsers(Database& db, QSqlQuery& q, QHash<QString, DirectoryRepository::SourcedUser>& users)
{
    if (Status s = db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the source's users")); !s)
        return s;
    const Columns columns(q);
    const UserReader reader{columns};
    const int dn = columns("directory_dn");
    const int scim = columns("scim_external_id");
    const int removed = columns("removed_at");
    while (q.next()) {
        DirectoryRepository::SourcedUser row{reader.read(q), q.value(dn).toString(), q.value(scim).toString(),
                                             !q.isNull(removed)};
        users.insert(row.user.externalId, row);
    }
    q.finish();
    return {};
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

Result<QHash<QString, DirectoryRepository::SourcedUser>> DirectoryRepository::usersOf(qint64 sourceId)
{
    using R = Result<QHash<QString, SourcedUser>>;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kUserFullSelect + kSourcedUserColumns +
                                 QStringLiteral(" FROM users u WHERE u.source_id = ?"));
    q.addBindValue(sourceId);
    QHash<QString, SourcedUser> users;
    if (Status s = readSourcedUsers(m_db, q, users); !s)
        return R::failure(s.cause());
    return users;
}

Result<QHash<QString, DirectoryRepository::SourcedUser>>
DirectoryRepository::usersOf(qint64 sourceId, const QStringList& externalIds)
{
    using R = Result<QHash<QString, SourcedUser>>;
    constexpr qsizetype kChunk = 500;
    QHash<QString, SourcedUser> users;
    for (qsizetype at = 0; at < externalIds.size(); at += kChunk) {
        const QStringList chunk = externalIds.mid(at, kChunk);
        QSqlQuery& q =
            m_db.prepared(QStringLiteral("SELECT ") + kUserFullSelect + kSourcedUserColumns +
                          QStringLiteral(" FROM users u WHERE u.source_id = ? AND u.external_id IN (%1)")
                              .arg(inListMarks(chunk.size())));
        q.addBindValue(sourceId);
        for (const QString& id : chunk)
            q.addBindValue(id);
        if (Status s = readSourcedUsers(m_db, q, users); !s)
            return R::failure(s.cause());
    }
    return users;
}

Result<QHash<QString, DirectoryRepository::SourcedUser>>
DirectoryRepository::usersWithIds(qint64 sourceId, const QList<qint64>& userIds)
{
    using R = Result<QHash<QString, SourcedUser>>;
    constexpr qsizetype kChunk = 500;
    QHash<QString, SourcedUser> users;
    for (qsizetype at = 0; at < userIds.size(); at += kChunk) {
        const QList<qint64> chunk = userIds.mid(at, kChunk);
        QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kUserFullSelect + kSourcedUserColumns +
                                     QStringLiteral(" FROM users u WHERE u.source_id = ? AND u.id IN (%1)")
                                         .arg(inListMarks(chunk.size())));
        q.addBindValue(sourceId);
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (Status s = readSourcedUsers(m_db, q, users); !s)
            return R::failure(s.cause());
    }
    return users;
}

Result<bool> DirectoryRepository::userRemoved(qint64 userId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT removed_at FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the source's users")); !s)
        return Result<bool>::failure(s.cause());
    const bool removed = q.next() && !q.isNull(0);
    q.finish();
    return removed;
}

Result<QHash<QString, DirectoryRepository::SourcedGroup>> DirectoryRepository::groupsOf(qint64 sourceId)
{
    using R = Result<QHash<QString, SourcedGroup>>;
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, name, description, created_at, key_policy, external_id, scim_external_id, "
                       "removed_at FROM groups WHERE source_id = ?"));
    q.addBindValue(sourceId);
    if (Status s = m_db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the source's groups")); !s)
        return R::failure(s.cause());
    QHash<QString, SourcedGroup> groups;
    while (q.next()) {
        const Group g{q.value(0).toLongLong(),
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toLongLong(),
                      0,
                      q.value(4).toString(),
                      sourceId};
        groups.insert(q.value(5).toString(), SourcedGroup{g, q.value(6).toString(), !q.isNull(7)});
    }
    q.finish();
    return groups;
}

namespace {

Result<QHash<qint64, QSet<qint64>>> readMemberships(Database& db, QSqlQuery& q,
                                                    QHash<qint64, QSet<qint64>>& members)
{
    using R = Result<QHash<qint64, QSet<qint64>>>;
    if (Status s = db.exec(q, QT_TRANSLATE_NOOP("Database", "reading the source's groups")); !s)
        return R::failure(s.cause());
    while (q.next())
        members[q.value(0).toLongLong()].insert(q.value(1).toLongLong());
    q.finish();
    return members;
}

} // namespace

Result<QHash<qint64, QSet<qint64>>> DirectoryRepository::membershipsOf(qint64 sourceId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT gm.group_id, gm.user_id FROM group_members gm "
                                                "JOIN groups g ON g.id = gm.group_id WHERE g.source_id = ?"));
    q.addBindValue(sourceId);
    QHash<qint64, QSet<qint64>> members;
    return readMemberships(m_db, q, members);
}

Result<QHash<qint64, QSet<qint64>>> DirectoryRepository::membershipsOf(qint64 sourceId,
                                                                       const QList<qint64>& groupIds)
{
    QHash<qint64, QSet<qint64>> members;
    for (qint64 id : groupIds)
        members.insert(id, {}); // a group without members is known to have none
    constexpr qsizetype kChunk = 500;
    for (qsizetype at = 0; at < groupIds.size(); at += kChunk) {
        const QList<qint64> chunk = groupIds.mid(at, kChunk);
        QSqlQuery& q = m_db.prepared(
            QStringLiteral("SELECT gm.group_id, gm.user_id FROM group_members gm JOIN groups g ON g.id = "
                           "gm.group_id WHERE g.source_id = ? AND g.id IN (%1)")
                .arg(inListMarks(chunk.size())));
        q.addBindValue(sourceId);
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (auto read = readMemberships(m_db, q, members); !read)
            return read;
    }
    return members;
}

Status DirectoryRepository::claimUser(qint64 userId, qint64 sourceId, const QString& externalId,
                                      const QString& dn, const std::optional<QString>& scimExternalId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE users SET source = 'directory', source_id = ?, external_id = ?, directory_dn = ?, "
        "scim_external_id = ?, removed_at = NULL, updated_at = ? WHERE id = ?"));
    q.addBindValue(sourceId);
    q.addBindValue(externalId);
    q.addBindValue(textOrNull(dn));
    q.addBindValue(textOrNull(scimExternalId.value_or(QString())));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(userId);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "giving the user to the directory source"));
}

Status DirectoryRepository::setUserEntry(qint64 userId, const QString& dn,
                                         const std::optional<QString>& scimExternalId)
{
    QSqlQuery& q = m_db.prepared(
        scimExternalId
            ? QStringLiteral("UPDATE users SET directory_dn = ?, scim_external_id = ? WHERE id = ?")
            : QStringLiteral("UPDATE users SET directory_dn = ? WHERE id = ?"));
    q.addBindValue(textOrNull(dn));
    if (scimExternalId)
        q.addBindValue(textOrNull(*scimExternalId));
    q.addBindValue(userId);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "giving the user to the directory source"));
}

Status DirectoryRepository::setUserRemoved(qint64 userId, bool removed)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE users SET removed_at = ? WHERE id = ?"));
    q.addBindValue(removed ? QVariant(m_clock.nowMs()) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(userId);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "marking the user removed from the directory source"));
}

Status DirectoryRepository::claimGroup(qint64 groupId, qint64 sourceId, const QString& externalId,
                                       const std::optional<QString>& scimExternalId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE groups SET source_id = ?, external_id = ?, "
                                                "scim_external_id = ?, removed_at = NULL WHERE id = ?"));
    q.addBindValue(sourceId);
    q.addBindValue(externalId);
    q.addBindValue(textOrNull(scimExternalId.value_or(QString())));
    q.addBindValue(groupId);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "giving the group to the directory source"));
}

Status DirectoryRepository::setGroupScimExternalId(qint64 groupId, const QString& scimExternalId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE groups SET scim_external_id = ? WHERE id = ?"));
    q.addBindValue(textOrNull(scimExternalId));
    q.addBindValue(groupId);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "giving the group to the directory source"));
}

Status DirectoryRepository::setGroupRemoved(qint64 groupId, bool removed)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE groups SET removed_at = ? WHERE id = ?"));
    q.addBindValue(removed ? QVariant(m_clock.nowMs()) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(groupId);
    return m_db.exec(q, QT_TRANSLATE_NOOP("Database", "marking the group removed from the directory source"));
}

} // namespace keydesk
