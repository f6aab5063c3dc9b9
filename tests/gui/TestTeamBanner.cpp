// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ConsoleTestSupport.h"
#include "integration/EnrollmentHarness.h"

#include "core/access/AccessService.h"
#include "gui/TeamBanner.h"
#include "net/DeskSync.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

// The team desk's banner against a real server: hidden while the server answers, "Offline since
// … — showing data as of …" at once when it stops, gone again when it is back, and the reason
// when the session ends.
class TestTeamBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhenTheDeskIsOfflineOrSignedOut()
    {
        EnrollmentHarness h;
        const User ana = h.addUser(QStringLiteral("Ana Novak"), QStringLiteral("ana@example.com"));
        QVERIFY(h.store.core().operators().add(h.store.core().actor(), QStringLiteral("ana@example.com"),
                                               QStringLiteral("helpdesk")));
        QTemporaryDir dir;
        net::DeskSyncOptions options;
        options.server.url = h.url({});
        options.server.bearer =
            h.store.core().access().openSession(ana.id, QStringLiteral("desk"), 0)->secret.toLatin1();
        options.cachePath = dir.filePath(QStringLiteral("desk.sqlite"));
        options.operatorName = QStringLiteral("ana@example.com");
        options.retryFirstMs = 100;
        options.retryMostMs = 400;
        net::DeskSync sync(options);
        gui::TeamBanner banner(sync);
        banner.resize(900, 40);
        banner.show();
        sync.start();
        QVERIFY(waitUntil([&] { return sync.link() == net::DeskSync::Link::Live; }));
        QVERIFY(banner.isHidden());

        const quint16 port = h.server->port();
        h.server->stop();
        QVERIFY(waitUntil([&] { return banner.isVisible(); }));
        const QLocale locale;
        QCOMPARE(banner.text(),
                 QStringLiteral("Offline since %1 — showing data as of %2; changes need the server")
                     .arg(locale.toString(sync.offlineSince().time(), QLocale::ShortFormat),
                          locale.toString(sync.lastSyncedAt().time(), QLocale::ShortFormat)));
        QVERIFY(banner.toolTip().startsWith(QStringLiteral("the server cannot be reached: ")));
        keepScreenshot(&banner, QStringLiteral("offline-banner"));

        net::ServerOptions again;
        again.port = port;
        QVERIFY(h.server->start(again));
        QVERIFY(waitUntil([&] { return banner.isHidden(); }));

        const QString id = h.store.core().access().sessions(h.store.core().actor()).value().first().id;
        QVERIFY(h.store.core().access().endSession(h.store.core().actor(), id));
        h.addUser(QStringLiteral("Late"),
                  QStringLiteral("late@example.com")); // the desk syncs, and is refused
        QVERIFY(waitUntil([&] { return banner.isVisible(); }));
        QCOMPARE(banner.text(),
                 QStringLiteral("Signed out: the server refused (401): the session has ended or was "
                                "revoked; sign in again"));
    }
};

QTEST_MAIN(TestTeamBanner)
#include "TestTeamBanner.moc"
