// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/Actor.h"
#include "core/activation/KeyEnrollment.h"
#include "core/keys/BulkKeyChange.h"

#include <QAtomicInteger>
#include <QObject>

#include <optional>

namespace keydesk::gui {

// Runs a bulk key change on a worker thread with its own database connection, reporting progress
// after each batch; cancel() stops it after the batch under way.
class BulkKeyWorker : public QObject
{
    Q_OBJECT

public:
    // `enrollment`: the console's settings for issuing links (re-issues, assignments), used on the
    // worker's connection.
    BulkKeyWorker(QString databasePath, Actor by, BulkKeyRequest request,
                  std::optional<KeyEnrollment> enrollment)
        : m_databasePath(std::move(databasePath)), m_by(std::move(by)), m_request(std::move(request)),
          m_enrollment(std::move(enrollment))
    {}

    void run();
    void cancel() { m_cancelled.storeRelaxed(1); }
    // What the run did: read once finished() came (it is written before).
    const Result<BulkKeyReport>& outcome() const { return *m_outcome; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    QString m_databasePath;
    Actor m_by;
    BulkKeyRequest m_request;
    std::optional<KeyEnrollment> m_enrollment;
    QAtomicInteger<int> m_cancelled{0};
    std::optional<Result<BulkKeyReport>> m_outcome;
};

} // namespace keydesk::gui
