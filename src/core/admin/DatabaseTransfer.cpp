// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DatabaseTransfer.h"

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(DatabaseTransfer)
};

keydesk::Result<QByteArray> readKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keydesk::Result<QByteArray>::failure(
            Text::tr("cannot read the code key '%1': %2").arg(path, file.errorString()));
    return file.read(64);
}

} // namespace

namespace keydesk {

Result<DatabaseTransfer::Migrated> DatabaseTransfer::migrate(const QString& pathOrUrl)
{
    using R = Result<Migrated>;
    auto store = Store::open(pathOrUrl);
    if (!store)
        return R::failure(store.cause());
    Database& db = store.value()->database();
    return Migrated{db.path(), db.openedAtVersion(), db.schemaVersion(),
                    Store::codeKeyFileFor(db.location(), {})};
}

Result<DatabaseTransfer::Copied> DatabaseTransfer::copy(const QString& fromSqlite,
                                                        const QString& toPostgresUrl,
                                                        const DatabaseCopy::Progress& progress)
{
    using R = Result<Copied>;
    auto fromLocation = DatabaseLocation::parse(fromSqlite);
    auto toLocation = DatabaseLocation::parse(toPostgresUrl);
    if (!fromLocation || !toLocation)
        return R::failure(fromLocation ? toLocation.cause() : fromLocation.cause());
    if (fromLocation->engine != SqlEngine::SQLite || toLocation->engine != SqlEngine::PostgreSQL)
        return R::failure(Text::tr("a copy goes from an SQLite file to a PostgreSQL database"));
    // The source through the store, so that its code key is the one its codes were made with.
    StoreOptions sourceOptions;
    sourceOptions.database.createIfMissing = false;
    auto source = Store::open(fromSqlite, sourceOptions);
    if (!source)
        return R::failure(source.cause());
    const QString sourceKeyFile = Store::codeKeyFileFor(source.value()->database().location(), {});
    auto key = readKey(sourceKeyFile);
    if (!key)
        return R::failure(key.cause());
    // The target's key file may exist already (an instance set up before): it must hold this key.
    const QString targetKeyFile = Store::codeKeyFileFor(toLocation.value(), {});
    if (QFileInfo::exists(targetKeyFile)) {
        auto existing = readKey(targetKeyFile);
        if (!existing)
            return R::failure(existing.cause());
        if (existing.value() != key.value())
            return R::failure(Text::tr("'%1' holds another code key than '%2'; move it away (or point "
                                       "KEYDESK_CODE_KEY_FILE elsewhere) so that the copy can bring the "
                                       "desk's key; nothing was copied")
                                  .arg(targetKeyFile, sourceKeyFile));
    }
    // The target through the database alone: the store would record its own values before the copy.
    auto target = Database::open(toPostgresUrl);
    if (!target)
        return R::failure(target.cause());
    auto tables = DatabaseCopy::copy(source.value()->database(), *target.value(), progress);
    if (!tables)
        return R::failure(tables.cause());
    Copied copied{tables.value(), targetKeyFile, false};
    if (!QFileInfo::exists(targetKeyFile)) {
        QDir().mkpath(QFileInfo(targetKeyFile).absolutePath());
        QSaveFile file(targetKeyFile);
        if (!file.open(QIODevice::WriteOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            file.write(key.value()) != key->size() || !file.commit())
            return R::failure(Text::tr("the rows were copied, but the code key could not be written to "
                                       "'%1' (%2); copy '%3' there before starting a server")
                                  .arg(targetKeyFile, file.errorString(), sourceKeyFile));
        copied.codeKeyWritten = true;
    }
    return copied;
}

} // namespace keydesk
