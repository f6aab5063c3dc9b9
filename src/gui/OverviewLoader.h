// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/reports/OverviewService.h"

#include <QObject>

#include <memory>

namespace keydesk {
class Clock;
class Core;
} // namespace keydesk

namespace keydesk::gui {

// Reads the Overview's figures (some of its parts) on a worker thread with its own connection to
// the database, so a million users' counts never hold up the window; reports each part as soon as
// it is read.
class OverviewLoader : public QObject
{
    Q_OBJECT

public:
    // `clock` is the page's (a test's fixed time), read from the worker thread.
    OverviewLoader(QString databasePath, const Clock* clock, OverviewService::Parts parts);
    ~OverviewLoader() override;

public Q_SLOTS:
    // Reads every part; `generation` comes back with each so a late answer can be told apart.
    void load(quint64 generation);

Q_SIGNALS:
    void partRead(quint64 generation, const keydesk::OverviewFigures& figures);
    // The read is over (every part read, or one failed).
    void finished(quint64 generation);

private:
    QString m_databasePath;
    const Clock* m_clock;
    OverviewService::Parts m_parts;
    std::unique_ptr<Core> m_core; // opened by the first load, in the worker thread
};

} // namespace keydesk::gui
