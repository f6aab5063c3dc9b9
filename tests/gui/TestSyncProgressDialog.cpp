// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ConsoleTestSupport.h"
#include "integration/EnrollmentHarness.h"

#include "core/access/AccessService.h"
#include "core/store/Store.h"
#include "gui/SyncProgressDialog.h"
#include "net/DeskSync.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

// A desk's first sync as the operator sees it, against a real enrollment server: the table being
// copied and its counts, Stop keeping what was copied, and the next sync going on from there
// until the cache equals the server.
class TestSyncProgressDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<net::DeskSync> deskSync(EnrollmentHarness& h, const QByteArray& secret)
    {
        net::DeskSyncOptions options;
        options.server.url = h.url({});
        options.server.bearer = secret;
        options.cachePath = m_dir.filePath(QStringLiteral("desk.sqlite"));
        options.operatorName = QStringLiteral("ana@example.com");
        options.pageRows = 20; // many pages: room to stop in the middle
        return std::make_unique<net::DeskSync>(options);
    }

private Q_SLOTS:
    void stopsAndGoesOnWhereItStopped()
    {
        EnrollmentHarness h;
        for (int i = 0; i < 1500; ++i)
            h.addUser(QStringLiteral("User %1").arg(i), QStringLiteral("user%1@example.com").arg(i));
        const User ana = h.addUser(QStringLiteral("Ana Novak"), QStringLiteral("ana@example.com"));
        QVERIFY(h.store.core().operators().add(h.store.core().actor(), QStringLiteral("ana@example.com"),
                                               QStringLiteral("helpdesk")));
        const QByteArray secret =
            h.store.core().access().openSession(ana.id, QStringLiteral("desk"), 0)->secret.toLatin1();

        // The first try: stopped as soon as users are being copied.
        qint64 copiedWhenStopped = 0;
        {
            auto sync = deskSync(h, secret);
            gui::SyncProgressDialog dialog(*sync, QStringLiteral("keys.example.com"));
            dialog.show();
            QPushButton* stop = dialog.findChild<QPushButton*>();
            QVERIFY(stop && stop->text() == QStringLiteral("Stop"));
            bool stopping = false; // the screenshot waits in an event loop: this runs again meanwhile
            connect(sync.get(), &net::DeskSync::progressed, &dialog, [&](const SyncProgress& p) {
                if (p.table == QLatin1String("users") && !stopping) {
                    stopping = true;
                    copiedWhenStopped = p.copied;
                    keepScreenshot(&dialog, QStringLiteral("initial-sync"));
                    stop->click();
                }
            });
            sync->start();
            QVERIFY2(waitUntil([&] { return dialog.result() == QDialog::Rejected && !dialog.isVisible(); }),
                     qPrintable(labelTexts(&dialog)));
            QVERIFY(copiedWhenStopped > 0);
            const QProgressBar* bar = dialog.findChild<QProgressBar*>();
            QVERIFY(bar->maximum() > 1500);
            QVERIFY(bar->value() >= copiedWhenStopped);
        }
        // Not a cache until whole.
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("desk.sqlite"))));

        // The second: it goes on from there and finishes.
        auto sync = deskSync(h, secret);
        gui::SyncProgressDialog dialog(*sync, QStringLiteral("keys.example.com"));
        dialog.show();
        QList<qint64> copied;
        connect(sync.get(), &net::DeskSync::progressed, &dialog, [&](const SyncProgress& p) {
            if (!p.table.isEmpty())
                copied << p.copied;
        });
        sync->start();
        QVERIFY2(waitUntil([&] { return dialog.result() == QDialog::Accepted; }),
                 qPrintable(labelTexts(&dialog)));
        QVERIFY(!copied.isEmpty());
        QVERIFY2(copied.first() > copiedWhenStopped, qPrintable(QString::number(copied.first())));
        auto cache = Store::open(m_dir.filePath(QStringLiteral("desk.sqlite")),
                                 StoreOptions{{}, m_dir.filePath(QStringLiteral("desk.sqlite.key")), {}, {}});
        QVERIFY(cache);
        QCOMPARE(cacheDiffers(*h.store, *cache.value(), {QStringLiteral("operators")}), QString());
    }
};

QTEST_MAIN(TestSyncProgressDialog)
#include "TestSyncProgressDialog.moc"
