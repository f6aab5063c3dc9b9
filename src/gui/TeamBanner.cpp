// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "TeamBanner.h"

#include "net/DeskSync.h"

#include <QLocale>

namespace keydesk::gui {

TeamBanner::TeamBanner(net::DeskSync& sync, QWidget* parent) : QLabel(parent), m_sync(sync)
{
    setWordWrap(true);
    setMargin(8);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00; border-bottom: 1px solid #e0c45c;"));
    connect(&sync, &net::DeskSync::linkChanged, this, &TeamBanner::showLink);
    connect(&sync, &net::DeskSync::synced, this, &TeamBanner::showLink);
    showLink();
}

void TeamBanner::showLink()
{
    const QLocale locale;
    switch (m_sync.link()) {
    case net::DeskSync::Link::Starting:
    case net::DeskSync::Link::Live:
    case net::DeskSync::Link::Polling:
        hide();
        return;
    case net::DeskSync::Link::Offline: {
        const QString since = locale.toString(m_sync.offlineSince().time(), QLocale::ShortFormat);
        setText(m_sync.lastSyncedAt().isValid()
                    ? tr("Offline since %1 — showing data as of %2; changes need the server")
                          .arg(since, locale.toString(m_sync.lastSyncedAt().time(), QLocale::ShortFormat))
                    : tr("Offline since %1 — nothing copied from the server yet; changes need the server")
                          .arg(since));
        setToolTip(m_sync.problem());
        break;
    }
    case net::DeskSync::Link::SignedOut:
        setText(tr("Signed out: %1").arg(m_sync.problem()));
        setToolTip({});
        break;
    }
    show();
}

} // namespace keydesk::gui
