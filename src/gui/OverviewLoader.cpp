// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "OverviewLoader.h"

#include "core/Core.h"

namespace keydesk::gui {

OverviewLoader::OverviewLoader(QString databasePath, const Clock* clock, OverviewService::Parts parts)
    : m_databasePath(std::move(databasePath)), m_clock(clock), m_parts(parts)
{}

OverviewLoader::~OverviewLoader() = default;

void OverviewLoader::load(quint64 generation)
{
    if (!m_core) {
        Core::Options options;
        options.createIfMissing = false;
        options.clock = m_clock;
        auto core = Core::open(m_databasePath, options);
        if (!core) {
            OverviewFigures failed;
            failed.error = core.error();
            Q_EMIT partRead(generation, failed);
            Q_EMIT finished(generation);
            return;
        }
        m_core = std::move(core).value();
    }
    m_core->overview().load(m_parts,
                            [&](const OverviewFigures& figures) { Q_EMIT partRead(generation, figures); });
    Q_EMIT finished(generation);
}

} // namespace keydesk::gui
