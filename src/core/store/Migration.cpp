// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Migration.h"

#include <QDir>
#include <QFile>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace keydesk {

namespace {

MigrationSet readBuiltin(const QString& folder)
{
    initMigrationResources();
    QList<Migration> steps;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& fileName : files) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read built-in migration %s", qPrintable(fileName));
        Migration m;
        m.version = fileName.section(u'_', 0, 0).toInt();
        m.name = fileName.chopped(4);
        m.sql = file.readAll();
        if (m.version != steps.size() + 1)
            qFatal("built-in migrations are not numbered 1..N: %s", qPrintable(fileName));
        steps.append(m);
    }
    return MigrationSet(steps);
}

} // namespace

const MigrationSet& MigrationSet::builtin(SqlEngine engine)
{
    static const MigrationSet sqlite = readBuiltin(QStringLiteral(":/keydesk/migrations"));
    static const MigrationSet postgres = readBuiltin(QStringLiteral(":/keydesk/migrations/postgresql"));
    if (engine == SqlEngine::PostgreSQL) {
        if (postgres.latestVersion() != sqlite.latestVersion())
            qFatal("the built-in migrations of the two engines differ in number");
        return postgres;
    }
    return sqlite;
}

} // namespace keydesk
