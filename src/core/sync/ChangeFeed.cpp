// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ChangeFeed.h"

#include "core/store/Store.h"

#include <QCoreApplication>

namespace keydesk {

namespace {

struct Refusal
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(ChangeFeed)
};

// `work` given where the log stands, in one snapshot, for an operator who may read the directory
// (tables that need more are each checked by the caller).
template <typename Work>
auto inSnapshot(Store& store, const Actor& by, Work&& work) -> decltype(work(ChangeLogHead()))
{
    using R = decltype(work(ChangeLogHead()));
    if (Status s = by.check(Permission::ReadDirectory); !s)
        return R::failure(s.cause());
    ReadSnapshot snapshot(store.database());
    if (!snapshot.status())
        return R::failure(snapshot.status().cause());
    auto log = store.changeLog().head();
    if (!log)
        return R::failure(log.cause());
    return work(log.value());
}

// Whether `key` could be a key of `table` in its page order: as many values, each of its type.
bool fitsPageKey(const SyncTable& table, const QJsonArray& key)
{
    if (key.size() != table.pageKey.size())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const SyncValue type = table.columns[table.indexOf(table.pageKey[i])].type;
        if (type == SyncValue::Integer ? !key[i].isDouble() : !key[i].isString())
            return false;
    }
    return true;
}

} // namespace

Result<ChangeFeed::Head> ChangeFeed::head(const Actor& by, bool countRows)
{
    return inSnapshot(m_store, by, [&](const ChangeLogHead& log) -> Result<Head> {
        Head head{log, {}};
        for (const SyncTable& table : syncTables()) {
            if (!by.may(table.permission))
                continue;
            if (!countRows) {
                head.tables.append({table.name});
                continue;
            }
            auto rows = m_store.changeLog().count(table);
            if (!rows)
                return Result<Head>::failure(rows.cause());
            head.tables.append({table.name, rows.value()});
        }
        return head;
    });
}

Result<std::optional<ChangePage>> ChangeFeed::changes(const Actor& by, const QString& epoch, qint64 after,
                                                      int limit)
{
    using R = Result<std::optional<ChangePage>>;
    return inSnapshot(m_store, by, [&](const ChangeLogHead& log) -> R {
        if (epoch != log.epoch || after < log.prunedThrough || after > log.through)
            return std::optional<ChangePage>();
        auto page =
            m_store.changeLog().changes(after, std::clamp(limit, 1, kMaxChanges),
                                        [&by](const SyncTable& table) { return by.may(table.permission); });
        if (!page)
            return R::failure(page.cause());
        return std::optional(page.value());
    });
}

Result<TablePage> ChangeFeed::tablePage(const Actor& by, const QString& table, const QJsonArray& afterKey,
                                        int limit)
{
    using R = Result<TablePage>;
    const SyncTable* synced = syncTable(table);
    return inSnapshot(m_store, by, [&](const ChangeLogHead&) -> R {
        if (!synced || !by.may(synced->permission))
            return R::failure(Refusal::tr("no table '%1' is sent to desks").arg(table));
        if (!afterKey.isEmpty() && !fitsPageKey(*synced, afterKey))
            return R::failure(Refusal::tr("after is the key of the last row read, as a JSON array (%1)")
                                  .arg(synced->pageKey.join(QStringLiteral(", "))));
        return m_store.changeLog().page(*synced, afterKey, std::clamp(limit, 1, kMaxRows));
    });
}

Result<qint64> ChangeFeed::keep(qint64 nowMs)
{
    auto needed = m_store.changeLog().needsKeeping(nowMs - kKeptMs);
    if (!needed || !needed.value())
        return needed ? Result<qint64>(qint64(0)) : Result<qint64>::failure(needed.cause());
    Transaction tx(m_store.database());
    if (!tx.status())
        return Result<qint64>::failure(tx.status().cause());
    if (Status s = m_store.changeLog().mark(nowMs); !s)
        return Result<qint64>::failure(s.cause());
    auto pruned = m_store.changeLog().pruneBefore(nowMs - kKeptMs);
    if (!pruned)
        return pruned;
    if (Status s = tx.commit(); !s)
        return Result<qint64>::failure(s.cause());
    return pruned;
}

} // namespace keydesk
