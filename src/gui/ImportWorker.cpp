// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ImportWorker.h"

#include "core/Core.h"
#include "core/import/UserCsvImporter.h"

#include <QLocale>

namespace keydesk::gui {

void ImportWorker::run()
{
    auto file = UserCsvImporter::readFile(m_csvPath);
    if (!file) {
        Q_EMIT finished(false, file.error());
        return;
    }
    Core::Options options;
    options.actor = m_actor;
    options.createIfMissing = false;
    auto core = Core::open(m_databasePath, options);
    if (!core) {
        Q_EMIT finished(false, core.error());
        return;
    }
    auto imported = UserCsvImporter::apply(core.value()->store(), core.value()->actor(), file.value(), false,
                                           [this](qint64 done, qint64 total) {
                                               Q_EMIT progress(done, total);
                                               return m_cancelled.loadRelaxed() == 0;
                                           });
    if (!imported) {
        Q_EMIT finished(false, imported.error());
        return;
    }
    Q_EMIT finished(true, summary(imported.value()));
}

QString ImportWorker::summary(const UserImportSummary& s)
{
    const QLocale locale;
    QString message =
        tr("Imported %1 rows: %2 users created, %3 updated, %4 unchanged, %5 group memberships added.")
            .arg(locale.toString(s.rows), locale.toString(s.created), locale.toString(s.updated),
                 locale.toString(s.unchanged), locale.toString(s.membershipsAdded));
    if (!s.groupsCreated.isEmpty())
        message += u' ' + tr("New groups: %1.").arg(s.groupsCreated.join(QStringLiteral(", ")));
    return message;
}

} // namespace keydesk::gui
