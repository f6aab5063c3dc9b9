// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QLabel>

namespace keydesk::net {
class DeskSync;
}

namespace keydesk::gui {

// The strip above a team desk's pages that says at once when the desk cannot work as usual:
// "Offline since 10:42 — showing data as of 10:41; changes need the server", or that the
// session ended. Hidden while the server answers (live or polling).
class TeamBanner : public QLabel
{
    Q_OBJECT

public:
    explicit TeamBanner(net::DeskSync& sync, QWidget* parent = nullptr);

private:
    void showLink();

    net::DeskSync& m_sync;
};

} // namespace keydesk::gui
