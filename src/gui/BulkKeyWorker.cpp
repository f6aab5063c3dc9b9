// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "BulkKeyWorker.h"

#include "core/Core.h"

namespace keydesk::gui {

void BulkKeyWorker::run()
{
    Core::Options options;
    options.actor = m_by.name();
    options.createIfMissing = false;
    auto core = Core::open(m_databasePath, options);
    if (!core) {
        m_outcome.emplace(Result<BulkKeyReport>::failure(core.cause()));
        Q_EMIT finished();
        return;
    }
    Store& store = core.value()->store();
    std::optional<KeyEnrollment> enrollment;
    if (m_enrollment)
        enrollment.emplace(m_enrollment->on(store));
    m_outcome.emplace(BulkKeyChange(store, m_by)
                          .run(
                              m_request,
                              [this](qint64 done, qint64 total) {
                                  Q_EMIT progress(done, total);
                                  return m_cancelled.loadRelaxed() == 0;
                              },
                              enrollment ? &*enrollment : nullptr));
    Q_EMIT finished();
}

} // namespace keydesk::gui
