// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// This desk's settings (defaults, migration from the 0.1 layout, refusals with the reason, the
// change signal), the deployment's defaults for new keys and trust anchors, the Settings dialog
// (all or nothing), its Key Policy page and the first-run assistant.
#include "support/TestSupport.h"

#include "core/activation/DeploymentSettings.h"
#include "core/activation/EnrollmentConfig.h"
#include "core/store/Store.h"
#include "gui/FirstRunDialog.h"
#include "gui/KeyServices.h"
#include "gui/SettingsDialog.h"
#include "i18n/Translations.h"
#include "net/DeskSettings.h"
#include "net/SelfSignedCertificate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace keydesk;
using namespace keydesk::test;
using net::DeskSettings;

class TestSettings : public QObject
{
    Q_OBJECT

    // With KEYDESK_SCREENSHOT_DIR set, a picture for people to look at.
    static void keep(QWidget* widget, const QString& name)
    {
        if (const QString dir = qEnvironmentVariable("KEYDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            widget->show();
            widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
        }
    }

private Q_SLOTS:
    void defaults()
    {
        auto s = DeskSettings::temporary();
        QCOMPARE(s->language(), QString());
        QCOMPARE(s->databasePath(), QString());
        QCOMPARE(s->bindAddress(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(s->port(), quint16(8765));
        QCOMPARE(s->certificatePath(), QString());
        QVERIFY(!s->firstRunDone());
        QVERIFY(s->migrationNotes().isEmpty());
        QSettings file(s->fileName(), QSettings::IniFormat);
        QCOMPARE(file.value(QStringLiteral("settings/version")).toInt(), DeskSettings::kVersion);
        // The languages come from the translations built in, each named in itself.
        QCOMPARE(DeskSettings::supportedLanguages(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fa")}));
        QCOMPARE(nativeLanguageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(nativeLanguageName(QStringLiteral("fa")), QStringLiteral("فارسی"));
    }

    void migratesTheFirstLayout()
    {
        auto s = DeskSettings::temporary({{QStringLiteral("enrollment/port"), 9001},
                                          {QStringLiteral("enrollment/bind"), QStringLiteral("0.0.0.0")}});
        QCOMPARE(s->port(), quint16(9001));
        QCOMPARE(s->bindAddress(), QHostAddress(QStringLiteral("0.0.0.0")));
        QVERIFY(s->migrationNotes().isEmpty());
        QSettings file(s->fileName(), QSettings::IniFormat);
        QVERIFY(!file.contains(QStringLiteral("enrollment/port")));
        QCOMPARE(file.value(QStringLiteral("server/port")).toInt(), 9001);
        QCOMPARE(file.value(QStringLiteral("settings/version")).toInt(), 1);

        // A value that was never valid is dropped with a note, not carried over.
        auto bad = DeskSettings::temporary({{QStringLiteral("enrollment/port"), QStringLiteral("eighty")}});
        QCOMPARE(bad->port(), quint16(8765));
        QCOMPARE(bad->migrationNotes(),
                 QStringList{QStringLiteral(
                     "The old setting enrollment/port = “eighty” was not valid and was dropped.")});
    }

    void refusesWithTheReason()
    {
        auto s = DeskSettings::temporary();
        QSignalSpy changed(s.get(), &DeskSettings::changed);
        QCOMPARE(
            s->setLanguage(QStringLiteral("xx")).error(),
            QStringLiteral("“xx” is not a language KeyDesk speaks (en, de, fa, or empty for the system's)."));
        QCOMPARE(s->setServer(QStringLiteral("my desk"), 8765, {}, {}).error(),
                 QStringLiteral("“my desk” is not an IP address to listen on (e.g. 127.0.0.1 or 0.0.0.0)."));
        QCOMPARE(s->setServer(QStringLiteral("127.0.0.1"), 70000, {}, {}).error(),
                 QStringLiteral("The port must be from 0 to 65535 (0 picks a free one), not 70000."));
        QCOMPARE(
            s->setServer(QStringLiteral("127.0.0.1"), 8443, QStringLiteral("/etc/ssl/x.pem"), {}).error(),
            QStringLiteral("HTTPS needs both the certificate and its private key, or neither."));
        QCOMPARE(s->setServer(QStringLiteral("127.0.0.1"), 8443, QStringLiteral("/nonexistent/c.pem"),
                              QStringLiteral("/nonexistent/k.pem"))
                     .error(),
                 QStringLiteral("The certificate file /nonexistent/c.pem cannot be read."));
        QCOMPARE(s->setAppearance(QStringLiteral("blue")).error(),
                 QStringLiteral("“blue” is not an appearance (system, light or dark)."));
        QCOMPARE(s->appearance(), QStringLiteral("system"));
        QCOMPARE(s->setDatabasePath(QStringLiteral("keydesk.sqlite")).error(),
                 QStringLiteral("The database path must be absolute, not “keydesk.sqlite”."));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(s->port(), quint16(8765));
        QCOMPARE(s->language(), QString());
    }

    void announcesChangesAndKeepsThem()
    {
        auto s = DeskSettings::temporary();
        QSignalSpy changed(s.get(), &DeskSettings::changed);
        QVERIFY(s->setLanguage(QStringLiteral("de")));
        QVERIFY(s->setLanguage(QStringLiteral("de"))); // the same again: no signal
        QVERIFY(s->setServer(QStringLiteral("0.0.0.0"), 9443, {}, {}));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).first().toString(), QStringLiteral("console/language"));
        QCOMPARE(changed.at(1).first().toString(), QStringLiteral("server"));
        DeskSettings reread(std::make_unique<QSettings>(s->fileName(), QSettings::IniFormat));
        QCOMPARE(reread.language(), QStringLiteral("de"));
        QCOMPARE(reread.port(), quint16(9443));
    }

    // The databases opened, newest first, each once, at most eight; a plain start opens the
    // newest that still exists unless Settings names one.
    void recentDatabasesAndTheDatabaseAtStart()
    {
        QTemporaryDir dir;
        auto s = DeskSettings::temporary();
        QCOMPARE(s->recentDatabases(), QStringList());
        QCOMPARE(s->databaseAtStart(QStringLiteral("/fallback.sqlite")), QStringLiteral("/fallback.sqlite"));
        QStringList made;
        for (int i = 0; i < 10; ++i) {
            made << dir.filePath(QStringLiteral("db%1.sqlite").arg(i));
            QFile file(made.last());
            QVERIFY(file.open(QIODevice::WriteOnly));
            s->noteDatabaseOpened(made.last());
        }
        s->noteDatabaseOpened(made[8]); // opened again: moves to the top, not listed twice
        QCOMPARE(s->recentDatabases(),
                 (QStringList{made[8], made[9], made[7], made[6], made[5], made[4], made[3], made[2]}));
        QCOMPARE(s->databaseAtStart(QStringLiteral("/fallback.sqlite")), made[8]);
        QVERIFY(QFile::remove(made[8])); // moved away: the next one that exists
        QCOMPARE(s->databaseAtStart(QStringLiteral("/fallback.sqlite")), made[9]);
        s->forgetRecentDatabase(made[9]);
        QCOMPARE(s->recentDatabases().size(), 7);
        QVERIFY(s->setDatabasePath(made[0])); // Settings > General names one: it wins
        QCOMPARE(s->databaseAtStart(QStringLiteral("/fallback.sqlite")), made[0]);
        // A hand-edited list keeps only absolute paths, once each.
        auto edited = DeskSettings::temporary(
            {{QStringLiteral("console/recent_databases"),
              QStringList{QStringLiteral("relative.sqlite"), made[1], made[1], QString()}}});
        QCOMPARE(edited->recentDatabases(), QStringList{made[1]});
    }

    void keyDefaultsAndTrustAnchors()
    {
        TestStore store;
        QVERIFY(defaultKeySettings(*store).value().requireUserVerification);
        QCOMPARE(
            setDeploymentSetting(*store, store.core().actor(), QStringLiteral("keys.user_verification"),
                                 QStringLiteral("sometimes"))
                .error(),
            QStringLiteral("setting keys.user_verification: \"sometimes\" must be required or preferred"));
        QVERIFY(setDeploymentSetting(*store, store.core().actor(), QStringLiteral("keys.user_verification"),
                                     QStringLiteral("preferred")));
        QVERIFY(setDeploymentSetting(*store, store.core().actor(), QStringLiteral("keys.attestation"),
                                     QStringLiteral("record")));
        const KeySettings k = defaultKeySettings(*store).value();
        QVERIFY(!k.requireUserVerification);
        QCOMPARE(k.attestation, AttestationPolicy::Record);

        const Status badPem =
            setDeploymentSetting(*store, store.core().actor(), QStringLiteral("attestation.trust_anchors"),
                                 QStringLiteral("-----BEGIN CERTIFICATE-----\nnot base64\n"
                                                "-----END CERTIFICATE-----"));
        QVERIFY(!badPem);
        QVERIFY2(badPem.error().startsWith(QStringLiteral("setting attestation.trust_anchors: ")),
                 qPrintable(badPem.error()));
        QCOMPARE(store->setting(QStringLiteral("attestation.trust_anchors")).value(), QString());
        QVERIFY(EnrollmentConfig::resolve(*store).value().trustAnchors.isEmpty());
    }

    void dialogIsAllOrNothing()
    {
        TestStore store;
        auto desk = DeskSettings::temporary();
        gui::KeyServices services(store.core());
        gui::SettingsDialog dialog(services, *desk);
        dialog.show();
        auto* tabs = dialog.findChild<QTabWidget*>();
        auto* minutes = dialog.findChild<QSpinBox*>(QStringLiteral("workflowMinutesSpin"));
        auto* baseUrl = dialog.findChild<QLineEdit*>(QStringLiteral("enrollment.base_url"));
        auto* port = dialog.findChild<QSpinBox*>(QStringLiteral("portSpin"));
        QCOMPARE(minutes->value(), 15);
        QCOMPARE(port->value(), 8765);
        const QString auditBefore = tableDump(store->database(), QStringLiteral("audit_events"));

        // A refused base URL keeps the other changes of the same save out too.
        minutes->setValue(30);
        baseUrl->setText(QStringLiteral("ftp://keys.example.com"));
        port->setValue(9443);
        tabs->setCurrentIndex(4);
        QVERIFY(!dialog.apply());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("ftp://keys.example.com")),
                 qPrintable(dialog.errorText()));
        // Named by its label, as the operator sees the field, never by its internal key.
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Base URL: ")), qPrintable(dialog.errorText()));
        QVERIFY2(!dialog.errorText().contains(QStringLiteral("enrollment.")), qPrintable(dialog.errorText()));
        QCOMPARE(tabs->currentIndex(), 1); // the page with the refused value comes forward
        keep(&dialog, QStringLiteral("settings-refused"));
        QCOMPARE(workflowIntervalMinutes(*store).value(), 15);
        QCOMPARE(desk->port(), quint16(8765));
        QCOMPARE(tableDump(store->database(), QStringLiteral("audit_events")), auditBefore);

        // This desk's address is checked before the database's values are kept.
        baseUrl->setText(QStringLiteral("https://keys.example.com"));
        dialog.findChild<QLineEdit*>(QStringLiteral("bindEdit"))->setText(QStringLiteral("not an address"));
        QVERIFY(!dialog.apply());
        QCOMPARE(dialog.errorText(),
                 QStringLiteral(
                     "“not an address” is not an IP address to listen on (e.g. 127.0.0.1 or 0.0.0.0)."));
        QCOMPARE(store->setting(QStringLiteral("enrollment.base_url")).value(), QString());

        dialog.findChild<QLineEdit*>(QStringLiteral("bindEdit"))->setText(QStringLiteral("0.0.0.0"));
        dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"))->setCurrentIndex(2);
        QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
        QCOMPARE(store->setting(QStringLiteral("enrollment.base_url")).value(),
                 QStringLiteral("https://keys.example.com"));
        QCOMPARE(workflowIntervalMinutes(*store).value(), 30);
        QCOMPARE(desk->port(), quint16(9443));
        QCOMPARE(desk->language(), QStringLiteral("de"));
        QVERIFY(dialog.serverChanged());
        QCOMPARE(scalar(store->database(), QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                                          "'setting.change'")),
                 2);

        // The credential algorithms are a setting of the dialog too, refused by their label.
        auto* algorithms = dialog.findChild<QLineEdit*>(QStringLiteral("enrollment.algorithms"));
        QVERIFY(algorithms);
        QCOMPARE(algorithms->placeholderText(), QStringLiteral("ES256 EdDSA ES384 ES512 RS256 PS256"));
        algorithms->setText(QStringLiteral("ES256 RS1"));
        QVERIFY(!dialog.apply());
        QCOMPARE(
            dialog.errorText(),
            QStringLiteral("Key algorithms: RS1 signs attestation statements only; a credential key cannot "
                           "use it"));
        QCOMPARE(store->setting(QStringLiteral("enrollment.algorithms")).value(), QString());
        algorithms->setText(QStringLiteral("ES256  RS384"));
        QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
        QCOMPARE(store->setting(QStringLiteral("enrollment.algorithms")).value(),
                 QStringLiteral("ES256 RS384"));
    }

    // Key Policy: authenticators by name from the shipped list, an AAGUID typed in, the list and
    // its AAGUIDs saved together; a refusal named by the form's words; an untouched form writes
    // nothing.
    void keyPolicyPage()
    {
        TestStore store;
        auto desk = DeskSettings::temporary();
        gui::KeyServices services(store.core());
        const auto policyChanges = [&] {
            return scalar(store->database(),
                          QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                         "'setting.change'"));
        };
        const QString chromium = QStringLiteral("01020304-0506-0708-0102-030405060708");
        const QString google = QStringLiteral("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4");
        const QString unknown = QStringLiteral("11111111-2222-3333-4444-555555555555");
        {
            gui::SettingsDialog dialog(services, *desk);
            dialog.show();
            auto* tabs = dialog.findChild<QTabWidget*>();
            auto* list = dialog.findChild<QComboBox*>(QStringLiteral("authenticatorListCombo"));
            auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("authenticatorsTree"));
            auto* aaguid = dialog.findChild<QLineEdit*>(QStringLiteral("aaguidEdit"));
            QVERIFY(list && tree && aaguid);
            QCOMPARE(list->currentData().toString(), QStringLiteral("any"));
            QVERIFY(!tree->isEnabled());
            // Every shipped name is offered, with the all-zero AAGUID first.
            QCOMPARE(tree->topLevelItemCount(), services.names().count() + 1);
            QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("00000000-0000-0000-0000-000000000000"));
            QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
            QCOMPARE(policyChanges(), 0);

            list->setCurrentIndex(list->findData(QStringLiteral("allow")));
            QVERIFY(tree->isEnabled());
            QVERIFY(!dialog.apply());
            QCOMPARE(dialog.errorText(),
                     QStringLiteral("Authenticators: an allow-list needs at least one AAGUID in Checked "
                                    "authenticators"));
            QCOMPARE(tabs->currentIndex(), 4);
            QCOMPARE(store->setting(QString::fromLatin1(kPolicyAuthenticatorsKey)).value(), QString());

            // The filter narrows the list by name; a name is checked as a person would.
            auto* filter = dialog.findChild<QLineEdit*>(QStringLiteral("authenticatorFilterEdit"));
            filter->setText(QStringLiteral("google password"));
            QList<QTreeWidgetItem*> shown;
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                if (!tree->topLevelItem(i)->isHidden())
                    shown << tree->topLevelItem(i);
            QCOMPARE(shown.size(), 1);
            QCOMPARE(shown.first()->text(0), QStringLiteral("Google Password Manager"));
            QCOMPARE(shown.first()->text(1), google);
            shown.first()->setCheckState(0, Qt::Checked);
            filter->clear();

            // An AAGUID typed in: refused when it is not one, checked when known, added when not.
            auto* problem = dialog.findChild<QLabel*>(QStringLiteral("aaguidProblemLabel"));
            aaguid->setText(QStringLiteral("01020304-0506"));
            QTest::keyClick(aaguid, Qt::Key_Return);
            QCOMPARE(problem->text(),
                     QStringLiteral("\"01020304-0506\" is not an AAGUID (8-4-4-4-12 hexadecimal digits)"));
            aaguid->setText(chromium);
            QTest::keyClick(aaguid, Qt::Key_Return);
            QVERIFY(problem->isHidden());
            QCOMPARE(tree->topLevelItemCount(), services.names().count() + 1);
            aaguid->setText(unknown);
            QTest::keyClick(aaguid, Qt::Key_Return);
            QCOMPARE(tree->topLevelItemCount(), services.names().count() + 2);
            QVERIFY(dialog.isVisible()); // Enter in the field added the AAGUID and did not save
            QCOMPARE(tree->topLevelItem(tree->topLevelItemCount() - 1)->text(0),
                     QStringLiteral("Unknown authenticator (%1)").arg(unknown));
            dialog.findChild<QCheckBox*>(QStringLiteral("deviceBoundCheckBox"))->setChecked(true);
            keep(&dialog, QStringLiteral("settings-key-policy"));
            QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
        }
        QCOMPARE(store->setting(QString::fromLatin1(kPolicyAuthenticatorsKey)).value(),
                 QStringLiteral("allow"));
        QCOMPARE(store->setting(QString::fromLatin1(kPolicyDeviceBoundKey)).value(), QStringLiteral("true"));
        // In the list's order: by name, the typed-in unknown one last.
        QCOMPARE(store->setting(QString::fromLatin1(kPolicyAaguidsKey)).value(),
                 QStringList({chromium, google, unknown}).join(u' '));
        auto policy = authenticatorPolicy(*store);
        QVERIFY(policy && policy.value());
        QCOMPARE(policy.value()->aaguids.size(), 3);
        QVERIFY(policy.value()->deviceBoundOnly);
        const qint64 changes = policyChanges();
        QCOMPARE(changes, 3);

        // Opened again: as saved, and Save without a change writes nothing.
        gui::SettingsDialog again(services, *desk);
        auto* tree = again.findChild<QTreeWidget*>(QStringLiteral("authenticatorsTree"));
        QStringList checked;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->checkState(0) == Qt::Checked)
                checked << tree->topLevelItem(i)->text(1);
        QCOMPARE(checked, QStringList({chromium, google, unknown}));
        QVERIFY2(again.apply(), qPrintable(again.errorText()));
        QCOMPARE(policyChanges(), changes);

        // Trusted attestation only needs the trust anchors of the Keys tab: refused, in the form's
        // words, until they are there; then both are saved together.
        auto* trusted = again.findChild<QCheckBox*>(QStringLiteral("trustedAttestationCheckBox"));
        QVERIFY(trusted && !trusted->isChecked());
        trusted->setChecked(true);
        QVERIFY(!again.apply());
        QCOMPARE(
            again.errorText(),
            QStringLiteral("Trusted attestation only: the deployment's key policy takes only keys with a "
                           "trusted attestation, but no trust anchors are set (Attestation trust anchors): "
                           "it would refuse every key"));
        QCOMPARE(policyChanges(), changes);
        auto root = net::makeSelfSignedCertificate(QStringLiteral("attestation-root.example"));
        QVERIFY(root);
        again.findChild<QPlainTextEdit*>(QStringLiteral("trustAnchorsEdit"))
            ->setPlainText(QString::fromLatin1(root->certificatePem));
        QVERIFY2(again.apply(), qPrintable(again.errorText()));
        QCOMPARE(store->setting(QString::fromLatin1(kPolicyTrustedAttestationKey)).value(),
                 QStringLiteral("true"));
        QVERIFY(authenticatorPolicy(*store).value()->trustedAttestationOnly);
        QCOMPARE(policyChanges(), changes + 2);
    }

    void firstRun()
    {
        gui::FirstRunDialog welcome(QStringLiteral("/data/keydesk.sqlite"),
                                    QStringLiteral("/data/demo.sqlite"));
        keep(&welcome, QStringLiteral("first-run"));
        welcome.chooseDemo();
        QCOMPARE(welcome.result(), int(QDialog::Accepted));
        QCOMPARE(welcome.databasePath(), QStringLiteral("/data/demo.sqlite"));
        QVERIFY(welcome.demo());
        welcome.chooseEmpty();
        QCOMPARE(welcome.databasePath(), QStringLiteral("/data/keydesk.sqlite"));
        QVERIFY(!welcome.demo());
        welcome.chooseExisting(QStringLiteral("/srv/team.sqlite"));
        QCOMPARE(welcome.databasePath(), QStringLiteral("/srv/team.sqlite"));
    }
};

QTEST_MAIN(TestSettings)
#include "TestSettings.moc"
