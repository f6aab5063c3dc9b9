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

namespace {

// The time of day, with the date when it was not today (a desk that starts offline shows an
// older copy).
QString moment(const QDateTime& when)
{
    const QLocale locale;
    return when.date() == QDate::currentDate() ? locale.toString(when.time(), QLocale::ShortFormat)
                                               : locale.toString(when, QLocale::ShortFormat);
}

} // namespace

void TeamBanner::showLink()
{
    switch (m_sync.link()) {
    case net::DeskSync::Link::Starting:
    case net::DeskSync::Link::Live:
    case net::DeskSync::Link::Polling:
        hide();
        return;
    case net::DeskSync::Link::Offline: {
        const QString since = moment(m_sync.offlineSince());
        setText(m_sync.lastSyncedAt().isValid()
                    ? tr("Offline since %1 — showing data as of %2; changes need the server")
                          .arg(since, moment(m_sync.lastSyncedAt()))
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
