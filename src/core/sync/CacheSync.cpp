// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CacheSync.h"

#include "SyncJson.h"
#include "core/activation/DeploymentSettings.h"
#include "core/store/CacheRepository.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

#include <cstdio>
#include <optional>

namespace keydesk {

namespace {

struct Refusal
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(CacheSync)
};

constexpr qint64 kRowsPerCommit = 50'000;

Error refusal(const SyncAnswer& answer)
{
    if (answer.status == 0)
        return Refusal::tr("the server cannot be reached: %1").arg(answer.problem);
    return Refusal::tr("the server refused (%1): %2")
        .arg(answer.status)
        .arg(answer.body.value(QStringLiteral("message")).toString());
}

// A cache and the copy that will replace it share one code key file, so that the copy, moved into
// place, opens with it (the key makes no difference to a cache: it holds no codes).
Result<std::unique_ptr<Store>> openCache(const QString& path, const QString& cachePath)
{
    StoreOptions options;
    options.codeKeyFile = cachePath + QStringLiteral(".key");
    auto store = Store::open(path, options);
    if (!store)
        return store;
    if (Status s = CacheRepository(store.value()->database()).prepare(); !s)
        return Result<std::unique_ptr<Store>>::failure(s.cause());
    return store;
}

// The deployment settings the console reads (a new key's defaults, links' lifetimes), as the
// server has them: copied whole, they are not in the change log.
Status copySettings(Store& cache, const SyncFetch& fetch)
{
    const SyncAnswer answer = fetch(QStringLiteral("/sync/settings"), {});
    if (answer.status != 200)
        return Status::failure(refusal(answer));
    // Only these: anything else (the cache's own code key fingerprint, the mail server's) is the
    // desk's or stays on the server.
    QSet<QString> deployment;
    for (const DeploymentSetting& setting : deploymentSettings())
        deployment.insert(setting.key);
    Transaction tx(cache.database());
    if (!tx.status())
        return tx.status();
    for (const QJsonValue& item : answer.body.value(QStringLiteral("settings")).toArray()) {
        const QJsonObject setting = item.toObject();
        const QString key = setting.value(QStringLiteral("key")).toString();
        const QJsonValue value = setting.value(QStringLiteral("value"));
        if (key.isEmpty() || !value.isString())
            return Status::failure(Refusal::tr("the server sent a setting without a key or value"));
        if (!deployment.contains(key))
            return Status::failure(
                Refusal::tr("the server sent a setting this desk does not keep: %1").arg(key));
        // The server's value, not a change made here: no audit event of the desk's own.
        if (Status s = cache.recordRuntimeValue(key, value.toString()); !s)
            return s;
    }
    return tx.commit();
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

class Run
{
public:
    Run(const SyncFetch& fetch, const CacheSyncOptions& options) : m_fetch(fetch), m_options(options) {}

    // Applies the changes after the cache's state; false when the server wants a copy instead.
    Result<bool> catchUp(Store& cache, CacheState& state);
    // Copies every table (going on from where a stopped copy was); false when stopped.
    Result<bool> copy(Store& cache, CacheState& state, const ChangeFeed::Head& head);

    SyncOutcome outcome;

private:
    Status storePage(Store& cache, CacheState& state, const QList<SyncedRows>& tables);
    // `copied`: by every run of this copy (one that was stopped goes on from there).
    bool goOn(const QString& table, qint64 copied, qint64 total)
    {
        return !m_options.progress || m_options.progress({table, copied, total, outcome.changes});
    }
    const SyncFetch& m_fetch;
    const CacheSyncOptions& m_options;
};

Status Run::storePage(Store& cache, CacheState& state, const QList<SyncedRows>& tables)
{
    CacheRepository repository(cache.database());
    for (const SyncedRows& rows : tables) {
        const SyncTable* table = syncTable(rows.table);
        if (!table)
            return Status::failure(
                Refusal::tr("the server sent a table this desk does not keep: %1").arg(rows.table));
        if (Status s = repository.store(*table, rows); !s)
            return s;
    }
    state.syncedAtMs = m_options.nowMs;
    return repository.saveState(state);
}

Result<bool> Run::catchUp(Store& cache, CacheState& state)
{
    using R = Result<bool>;
    for (;;) {
        const SyncAnswer answer =
            m_fetch(QStringLiteral("/changes"),
                    QUrlQuery{{QStringLiteral("after"), QString::number(state.through)},
                              {QStringLiteral("epoch"), state.epoch},
                              {QStringLiteral("limit"), QString::number(m_options.pageChanges)}});
        if (answer.status == 410)
            return false;
        if (answer.status != 200)
            return R::failure(refusal(answer));
        auto page = changePageFromJson(answer.body);
        if (!page)
            return R::failure(page.cause());
        if (page->after != state.through || (!page->complete && page->through == page->after))
            return R::failure(Refusal::tr("the server answered changes after %1 with changes after %2")
                                  .arg(state.through)
                                  .arg(page->after));
        Transaction tx(cache.database());
        if (!tx.status())
            return R::failure(tx.status().cause());
        state.through = page->through;
        if (Status s = storePage(cache, state, page->tables); !s)
            return R::failure(s.cause());
        if (Status s = tx.commit(); !s)
            return R::failure(s.cause());
        for (const SyncedRows& rows : page->tables)
            outcome.changes += rows.rows.size() + rows.deleted.size();
        outcome.through = state.through;
        if (page->complete)
            return true;
        if (!goOn({}, outcome.rowsCopied, 0)) {
            outcome.cancelled = true;
            return true;
        }
    }
}

Result<bool> Run::copy(Store& cache, CacheState& state, const ChangeFeed::Head& head)
{
    using R = Result<bool>;
    // The rows the server has, for the progress: counted once per copy (or stop and go on).
    qint64 total = 0;
    const SyncAnswer counted =
        m_fetch(QStringLiteral("/sync/head"), QUrlQuery{{QStringLiteral("rows"), QStringLiteral("1")}});
    if (counted.status != 200)
        return R::failure(refusal(counted));
    auto withRows = syncHeadFromJson(counted.body);
    if (!withRows)
        return R::failure(withRows.cause());
    for (const ChangeFeed::Table& table : withRows->tables)
        total += std::max<qint64>(table.rows, 0);
    qsizetype first = 0;
    while (!state.copyTable.isEmpty() && first < head.tables.size() &&
           head.tables[first].name != state.copyTable)
        ++first;
    // Pages are committed together, with how far the copy has come: each commit writes the
    // indexes' pages again, and a stopped copy loses at most these rows.
    std::optional<Transaction> tx;
    qint64 uncommitted = 0;
    for (qsizetype t = first; t < head.tables.size(); ++t) {
        const QString name = head.tables[t].name;
        QJsonArray after = name == state.copyTable ? state.copyAfter : QJsonArray();
        for (;;) {
            if (!tx) {
                tx.emplace(cache.database());
                if (!tx->status())
                    return R::failure(tx->status().cause());
            }
            const SyncAnswer answer = m_fetch(
                QStringLiteral("/sync/tables/") + name,
                QUrlQuery{{QStringLiteral("after"),
                           after.isEmpty()
                               ? QString()
                               : QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))},
                          {QStringLiteral("limit"), QString::number(m_options.pageRows)}});
            if (answer.status != 200)
                return R::failure(refusal(answer));
            auto page = tablePageFromJson(answer.body);
            if (!page)
                return R::failure(page.cause());
            if (page->rows.table != name || !page->rows.deleted.isEmpty() ||
                (!page->complete && page->last == after))
                return R::failure(
                    Refusal::tr("the server answered a page of %1 with something else").arg(name));
            state.copyTable = name;
            if (!page->last.isEmpty())
                state.copyAfter = after = page->last;
            state.copiedRows += page->rows.rows.size();
            if (Status s = storePage(cache, state, {page->rows}); !s)
                return R::failure(s.cause());
            outcome.rowsCopied += page->rows.rows.size();
            uncommitted += page->rows.rows.size();
            const bool stop = !goOn(name, state.copiedRows, total);
            if (stop || uncommitted >= kRowsPerCommit) {
                if (Status s = tx->commit(); !s)
                    return R::failure(s.cause());
                tx.reset();
                uncommitted = 0;
            }
            if (stop) {
                outcome.cancelled = true;
                return false;
            }
            if (page->complete)
                break;
        }
    }
    if (tx) {
        if (Status s = tx->commit(); !s)
            return R::failure(s.cause());
    }
    return true;
}

QStringList tableNames(const ChangeFeed::Head& head)
{
    QStringList names;
    for (const ChangeFeed::Table& table : head.tables)
        names << table.name;
    return names;
}

// The cache's state after a copy is begun anew for `head`.
CacheState freshCopy(const CacheSyncOptions& options, const ChangeFeed::Head& head)
{
    CacheState state;
    state.server = options.server;
    state.operatorName = options.operatorName;
    state.epoch = head.log.epoch;
    state.tables = tableNames(head);
    state.through = head.log.through;
    state.copying = true;
    return state;
}

// Whether `state` follows the log `head` names, for the same operator and tables (a role that may
// read more, or less, than when the cache was filled means another copy). The epoch names the
// server's database, whichever address reached it (each instance behind a proxy has its own).
bool follows(const CacheState& state, const CacheSyncOptions& options, const ChangeFeed::Head& head)
{
    return state.operatorName == options.operatorName && state.epoch == head.log.epoch &&
           state.tables == tableNames(head);
}

Result<QList<std::pair<QString, qint64>>> tableCounts(Store& cache)
{
    QList<std::pair<QString, qint64>> counts;
    for (const SyncTable& table : syncTables()) {
        auto rows = cache.changeLog().count(table);
        if (!rows)
            return Result<QList<std::pair<QString, qint64>>>::failure(rows.cause());
        counts.append({table.name, rows.value()});
    }
    return counts;
}

} // namespace

Result<std::optional<qint64>> CacheSync::syncedAtMs(const QString& cachePath)
{
    using R = Result<std::optional<qint64>>;
    if (!QFile::exists(cachePath))
        return std::optional<qint64>();
    auto cache = openCache(cachePath, cachePath);
    if (!cache)
        return R::failure(cache.cause());
    auto state = CacheRepository(cache.value()->database()).state();
    if (!state)
        return R::failure(state.cause());
    if (!state.value() || state.value()->syncedAtMs <= 0)
        return std::optional<qint64>();
    return std::optional<qint64>(state.value()->syncedAtMs);
}

Result<SyncOutcome> CacheSync::run(const QString& cachePath, const SyncFetch& fetch,
                                   const CacheSyncOptions& options)
{
    using R = Result<SyncOutcome>;
    const SyncAnswer headAnswer = fetch(QStringLiteral("/sync/head"), {});
    if (headAnswer.status != 200)
        return R::failure(refusal(headAnswer));
    auto head = syncHeadFromJson(headAnswer.body);
    if (!head)
        return R::failure(head.cause());
    Run run(fetch, options);

    if (QFile::exists(cachePath)) {
        auto cache = openCache(cachePath, cachePath);
        if (!cache)
            return R::failure(cache.cause());
        auto state = CacheRepository(cache.value()->database()).state();
        if (!state)
            return R::failure(state.cause());
        const std::optional<CacheState>& s = state.value();
        if (s && !s->copying && follows(*s, options, head.value())) {
            CacheState current = *s;
            current.server = options.server;
            auto caughtUp = run.catchUp(*cache.value(), current);
            if (!caughtUp)
                return R::failure(caughtUp.cause());
            if (caughtUp.value()) {
                // A change of settings is audited, so it comes with changes.
                if (options.copySettings || run.outcome.changes > 0) {
                    if (Status copied = copySettings(*cache.value(), fetch); !copied)
                        return R::failure(copied.cause());
                }
                auto counts = tableCounts(*cache.value());
                if (!counts)
                    return R::failure(counts.cause());
                run.outcome.tables = counts.value();
                return run.outcome;
            }
        }
    }

    // A copy of everything, into a file beside the cache until it is whole.
    const QString partialPath = cachePath + QStringLiteral(".partial");
    run.outcome.copied = true;
    CacheState state = freshCopy(options, head.value());
    {
        auto partial = openCache(partialPath, cachePath);
        if (!partial)
            return R::failure(partial.cause());
        auto kept = CacheRepository(partial.value()->database()).state();
        if (!kept)
            return R::failure(kept.cause());
        const std::optional<CacheState>& k = kept.value();
        // A copy that was stopped goes on, whether it was copying tables or catching up after.
        const bool goesOn = k && follows(*k, options, head.value()) && k->through >= head->log.prunedThrough;
        if (goesOn) {
            state = *k;
        } else if (k) {
            // Another server's or operator's copy, or one too old to catch up: start again.
            partial.value().reset();
            removeDatabaseFiles(partialPath);
            partial = openCache(partialPath, cachePath);
            if (!partial)
                return R::failure(partial.cause());
        }
        if (state.copying) {
            auto copied = run.copy(*partial.value(), state, head.value());
            if (!copied)
                return R::failure(copied.cause());
            if (!copied.value())
                return run.outcome;
            state.copying = false;
        }
        auto caughtUp = run.catchUp(*partial.value(), state);
        if (!caughtUp)
            return R::failure(caughtUp.cause());
        if (!caughtUp.value()) {
            partial.value().reset();
            removeDatabaseFiles(partialPath);
            return R::failure(Refusal::tr("the server dropped changes from its log while the copy was made; "
                                          "sync again to copy anew"));
        }
        if (run.outcome.cancelled)
            return run.outcome;
        if (Status s = copySettings(*partial.value(), fetch); !s)
            return R::failure(s.cause());
    }
    // Whole: it replaces the cache (rename() replaces the old file in one step).
    QFile::remove(cachePath + QStringLiteral("-wal"));
    QFile::remove(cachePath + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(partialPath).constData(), QFile::encodeName(cachePath).constData()) !=
        0)
        return R::failure(Refusal::tr("cannot move the copy '%1' into place").arg(partialPath));
    auto cache = openCache(cachePath, cachePath);
    if (!cache)
        return R::failure(cache.cause());
    auto counts = tableCounts(*cache.value());
    if (!counts)
        return R::failure(counts.cause());
    run.outcome.tables = counts.value();
    return run.outcome;
}

} // namespace keydesk
