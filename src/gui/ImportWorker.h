// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QAtomicInteger>
#include <QObject>

namespace keydesk {
struct UserImportSummary;
}

namespace keydesk::gui {

// Runs a CSV import on a worker thread with its own database connection, reporting progress;
// cancel() makes the import roll back at its next progress step.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(QString databasePath, QString actor, QString csvPath)
        : m_databasePath(std::move(databasePath)), m_actor(std::move(actor)), m_csvPath(std::move(csvPath))
    {}

    void run();
    void cancel() { m_cancelled.storeRelaxed(1); }

    // What an import did, in one sentence (here, or on the team server for a team desk).
    static QString summary(const UserImportSummary& s);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // ok: the import committed; message says what happened or lists every problem.
    void finished(bool ok, const QString& message);

private:
    QString m_databasePath;
    QString m_actor;
    QString m_csvPath;
    QAtomicInteger<int> m_cancelled{0};
};

} // namespace keydesk::gui
