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

const MigrationSet& MigrationSet::builtin()
{
    static const MigrationSet set = [] {
        initMigrationResources();
        QList<Migration> steps;
        const QDir dir(QStringLiteral(":/keydesk/migrations"));
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
    }();
    return set;
}

} // namespace keydesk
