// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Windows sign-in per user: what is accepted and refused (with the exact reason, nothing
// stored), set / replace / clear audited, the All Users filter with and without a search, the
// CLI, and the console's dialog in the Security Keys tab.
#include "support/TestSupport.h"

#include "core/store/Store.h"
#include "gui/KeyServices.h"
#include "gui/SecurityKeysTab.h"
#include "gui/UserDetailsDialog.h"
#include "gui/WindowsLogonDialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTest>

#include <QTimer>
#include <algorithm>

using namespace keydesk;
using namespace keydesk::test;

class TestWindowsLogon : public QObject
{
    Q_OBJECT

    static User addUser(TestStore& s, const QString& name, const QString& email)
    {
        return s->users()
            .create(UserFields{name, email, {}, QStringLiteral("Finance")}, UserSource::Manual)
            .value();
    }
    static WindowsLogon dedicated(const QString& pc, qint64 pairedAtMs)
    {
        WindowsLogon l;
        l.mode = WindowsLogonMode::DedicatedPc;
        l.pcName = pc;
        l.pairedAtMs = pairedAtMs;
        return l;
    }
    static WindowsLogon shared(const QString& where)
    {
        WindowsLogon l;
        l.mode = WindowsLogonMode::SharedPc;
        l.readerLocation = where;
        return l;
    }

private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<QString>("pc");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("DESK-0042") << true;
        QTest::newRow("lower case") << QStringLiteral("desk42") << true;
        QTest::newRow("15 chars (NetBIOS)") << QString(15, u'a') << true;
        QTest::newRow("16 chars") << QString(16, u'a') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading hyphen") << QStringLiteral("-DESK") << false;
        QTest::newRow("trailing hyphen") << QStringLiteral("DESK-") << false;
        QTest::newRow("only digits") << QStringLiteral("1234") << false;
        QTest::newRow("space") << QStringLiteral("DESK 42") << false;
        QTest::newRow("umlaut") << QStringLiteral("BÜRO1") << false;
        QTest::newRow("dot") << QStringLiteral("desk.example") << false;
    }

    void validation()
    {
        QFETCH(QString, pc);
        QFETCH(bool, ok);
        const qint64 now = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch();
        const QString problem = validateWindowsLogon(dedicated(pc, now - 1000), now).message();
        QCOMPARE(problem.isEmpty(), ok);
        if (!ok)
            QCOMPARE(problem,
                     QStringLiteral("“%1” is not a Windows computer name: use 1 to 15 letters, digits and "
                                    "hyphens, not only digits, without a hyphen at either end.")
                         .arg(pc));
    }

    void otherRefusals()
    {
        const qint64 now = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(validateWindowsLogon(dedicated(QStringLiteral("DESK1"), 0), now).message(),
                 QStringLiteral("Give the date the phone was paired with the PC."));
        QCOMPARE(validateWindowsLogon(dedicated(QStringLiteral("DESK1"), now + 2 * 24 * 3600 * 1000LL), now)
                     .message(),
                 QStringLiteral("The pairing date is in the future."));
        QCOMPARE(validateWindowsLogon(shared(QStringLiteral("  ")), now).message(),
                 QStringLiteral("Say where the shared PC's security key reader is."));
        QCOMPARE(validateWindowsLogon(shared(QString(201, u'x')), now).message(),
                 QStringLiteral("The reader's location is longer than 200 characters."));
        QCOMPARE(validateWindowsLogon(shared(QStringLiteral("Floor\u00072")), now).message(),
                 QStringLiteral("The reader's location contains a control character."));
        QCOMPARE(validateWindowsLogon(shared(QString(200, u'x')), now).message(), QString());
    }

    void setReplaceClearAudited()
    {
        TestStore s;
        const User ada = addUser(s, QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        // Through the service, as the console and the CLI change it (it tidies and checks).
        WindowsLogonService logons = s.core().windowsLogons();
        const Actor by(QStringLiteral("ana@helpdesk"));
        QVERIFY(!logons.find(ada.id).value());
        const qint64 now = s.clock().nowMs();

        // Refused input stores nothing and writes no event.
        const Snapshot before = snapshot(s->database());
        auto refused = logons.set(by, ada, dedicated(QStringLiteral("-bad"), now));
        QCOMPARE(refused.cause(), validateWindowsLogon(dedicated(QStringLiteral("-bad"), now), now));
        QVERIFY(!refused.error().isEmpty());
        QCOMPARE(snapshot(s->database()), before);
        QVERIFY(!logons.find(ada.id).value());

        auto saved = logons.set(by, ada, dedicated(QStringLiteral("  desk-0042 "), now - 3600'000));
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved->pcName, QStringLiteral("DESK-0042"));
        auto found = logons.find(ada.id).value();
        QVERIFY(found);
        QCOMPARE(found->mode, WindowsLogonMode::DedicatedPc);
        QCOMPARE(found->pcName, QStringLiteral("DESK-0042"));
        QCOMPARE(found->pairedAtMs, now - 3600'000);
        QCOMPARE(found->updatedAtMs, now);

        // Replacing switches the arrangement; the dedicated columns are cleared.
        QVERIFY(logons.set(by, ada, shared(QStringLiteral("Reception"))));
        found = logons.find(ada.id).value();
        QCOMPARE(found->mode, WindowsLogonMode::SharedPc);
        QCOMPARE(found->readerLocation, QStringLiteral("Reception"));
        QVERIFY(found->pcName.isEmpty());
        QCOMPARE(found->describe(), QStringLiteral("Shared PC, reader at Reception"));

        QVERIFY(logons.clear(by, ada));
        QVERIFY(!logons.find(ada.id).value());
        QVERIFY(logons.clear(by, ada)); // nothing to clear: no event
        AuditQuery changes;
        changes.action = QStringLiteral("user.windows-logon");
        changes.targetId = ada.id;
        auto events = s->audit().page(changes, 0, 10).value();
        std::sort(events.begin(), events.end(),
                  [](const AuditEvent& a, const AuditEvent& b) { return a.id < b.id; });
        QStringList modes;
        QSet<QString> actors;
        for (const AuditEvent& e : events) {
            modes << e.details.value(QStringLiteral("mode")).toString();
            actors << e.actor;
        }
        QCOMPARE(modes.join(u' '), QStringLiteral("dedicated shared none"));
        // Every event names the operator the service acted for.
        QCOMPARE(actors, QSet<QString>{QStringLiteral("ana@helpdesk")});
    }

    void tableRefusesInconsistentRows()
    {
        TestStore s;
        const User ada = addUser(s, QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        QSqlQuery q(s->database().connection());
        // A dedicated PC without a name, a shared PC with a pairing date: the schema says no.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO windows_logons (user_id, mode, paired_at, updated_at) "
                                       "VALUES (%1, 'dedicated', 1, 1)")
                            .arg(ada.id)));
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO windows_logons (user_id, mode, reader_location, paired_at, "
                                   "updated_at) VALUES (%1, 'shared', 'Lobby', 1, 1)")
                        .arg(ada.id)));
        QCOMPARE(scalar(s->database(), QStringLiteral("SELECT count(*) FROM windows_logons")), 0);
    }

    void allUsersFilter()
    {
        TestStore s;
        const User ada = addUser(s, QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        const User bob = addUser(s, QStringLiteral("Bob Page"), QStringLiteral("bob@example.com"));
        addUser(s, QStringLiteral("Cy Adams"), QStringLiteral("cy@example.com"));
        QVERIFY(s->windowsLogons().set(ada, dedicated(QStringLiteral("DESK1"), s.clock().nowMs())));
        QVERIFY(s->windowsLogons().set(bob, shared(QStringLiteral("Lobby"))));
        const auto names = [&](WindowsLogonFilter filter, const QString& search) {
            UserQuery query;
            query.windowsLogon = filter;
            query.search = search;
            QStringList out;
            for (const UserListRow& r : s->users().page(query, 0, 10).value())
                out << r.user.displayName;
            if (s->users().count(query).value() != out.size())
                qFatal("count and page disagree");
            return out;
        };
        QCOMPARE(names(WindowsLogonFilter::Any, {}).size(), 3);
        QCOMPARE(names(WindowsLogonFilter::DedicatedPc, {}), QStringList{QStringLiteral("Ada Lovelace")});
        QCOMPARE(names(WindowsLogonFilter::SharedPc, {}), QStringList{QStringLiteral("Bob Page")});
        QCOMPARE(names(WindowsLogonFilter::NotSetUp, {}), QStringList{QStringLiteral("Cy Adams")});
        QCOMPARE(names(WindowsLogonFilter::NotSetUp, QStringLiteral("ada")),
                 QStringList{QStringLiteral("Cy Adams")});
        QCOMPARE(names(WindowsLogonFilter::DedicatedPc, QStringLiteral("ada")),
                 QStringList{QStringLiteral("Ada Lovelace")});
    }

    void cli()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.sqlite"));
        const auto cli = [&](QStringList args) {
            QProcess p;
            p.start(qEnvironmentVariable("KEYDESK_CLI"),
                    QStringList{QStringLiteral("--database"), db} + args);
            p.waitForFinished(30'000);
            return std::tuple{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                              QString::fromUtf8(p.readAllStandardError())};
        };
        QCOMPARE(std::get<0>(cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"),
                                  QStringLiteral("Ada"), QStringLiteral("--email"),
                                  QStringLiteral("ada@example.com")})),
                 0);
        const QString user = QStringLiteral("ada@example.com");
        auto [code, out, err] = cli({QStringLiteral("users"), QStringLiteral("windows-logon"), user,
                                     QStringLiteral("--dedicated"), QStringLiteral("desk-7"),
                                     QStringLiteral("--paired-on"), QStringLiteral("2026-01-15")});
        QCOMPARE(code, 0);
        QVERIFY2(out.startsWith(QStringLiteral("ada@example.com: Dedicated PC DESK-7, paired ")),
                 qPrintable(out));
        std::tie(code, out, err) =
            cli({QStringLiteral("users"), QStringLiteral("windows-logon"), user, QStringLiteral("--shared"),
                 QStringLiteral("x"), QStringLiteral("--clear")});
        QCOMPARE(code, 2);
        QCOMPARE(err, QStringLiteral("keydesk-cli: give one of --dedicated, --shared or --clear\n"));
        std::tie(code, out, err) = cli({QStringLiteral("users"), QStringLiteral("windows-logon"), user,
                                        QStringLiteral("--dedicated"), QStringLiteral("DESK-8"),
                                        QStringLiteral("--paired-on"), QStringLiteral("15.01.2026")});
        QCOMPARE(code, 2);
        QCOMPARE(err, QStringLiteral(
                          "keydesk-cli: --paired-on must be a date like 2026-11-20, not '15.01.2026'\n"));
        std::tie(code, out, err) =
            cli({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("show"), user});
        QCOMPARE(code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("windows_logon"))
                     .toObject()
                     .value(QStringLiteral("pc_name"))
                     .toString(),
                 QStringLiteral("DESK-7"));
        QCOMPARE(shown.value(QStringLiteral("windows_logon"))
                     .toObject()
                     .value(QStringLiteral("paired_on"))
                     .toString(),
                 QStringLiteral("2026-01-15"));
        std::tie(code, out, err) = cli({QStringLiteral("users"), QStringLiteral("list"),
                                        QStringLiteral("--windows-logon"), QStringLiteral("dedicated")});
        QVERIFY2(out.contains(QStringLiteral("ada@example.com")), qPrintable(out));
        std::tie(code, out, err) = cli({QStringLiteral("users"), QStringLiteral("list"),
                                        QStringLiteral("--windows-logon"), QStringLiteral("paired")});
        QCOMPARE(code, 2);
        QCOMPARE(err, QStringLiteral(
                          "keydesk-cli: --windows-logon must be dedicated, shared or none, not 'paired'\n"));
    }

    void consoleDialog()
    {
        TestStore s;
        const User ada = addUser(s, QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        gui::KeyServices services(s.core());
        gui::UserDetailsDialog details(s.core(), ada.id, &services);
        details.show();
        gui::SecurityKeysTab* tab = details.securityKeysTab();
        QVERIFY(tab);
        auto* label = tab->findChild<QLabel*>(QStringLiteral("windowsLogonLabel"));
        QVERIFY(label->text().startsWith(QStringLiteral("Not set up")));
        QVERIFY(!tab->findChild<QPushButton*>(QStringLiteral("clearWindowsLogonButton"))->isEnabled());

        QString firstError;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<gui::WindowsLogonDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QLineEdit*>(QStringLiteral("pcNameEdit"))->setText(QStringLiteral("1234"));
            QVERIFY(!dialog->save());
            firstError = dialog->errorText();
            dialog->findChild<QLineEdit*>(QStringLiteral("pcNameEdit"))->setText(QStringLiteral("desk-0042"));
            dialog->findChild<QDateEdit*>(QStringLiteral("pairedOnEdit"))->setDate(QDate(2026, 2, 20));
            if (const QString shots = qEnvironmentVariable("KEYDESK_SCREENSHOT_DIR"); !shots.isEmpty())
                dialog->grab().save(shots + QStringLiteral("/windows-logon-dialog.png"));
            dialog->save();
        });
        tab->findChild<QPushButton*>(QStringLiteral("windowsLogonButton"))->click();
        QCOMPARE(firstError,
                 QStringLiteral("“1234” is not a Windows computer name: use 1 to 15 letters, digits and "
                                "hyphens, not only digits, without a hyphen at either end."));
        auto stored = s->windowsLogons().find(ada.id).value();
        QVERIFY(stored);
        QCOMPARE(stored->pcName, QStringLiteral("DESK-0042"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(stored->pairedAtMs).date(), QDate(2026, 2, 20));
        QVERIFY2(label->text().startsWith(QStringLiteral("Dedicated PC DESK-0042, paired ")),
                 qPrintable(label->text()));
        QVERIFY(tab->findChild<QPushButton*>(QStringLiteral("clearWindowsLogonButton"))->isEnabled());
        QCOMPARE(tab->findChild<QPushButton*>(QStringLiteral("windowsLogonButton"))->text(),
                 QStringLiteral("&Change…"));
    }
};

QTEST_MAIN(TestWindowsLogon)
#include "TestWindowsLogon.moc"
