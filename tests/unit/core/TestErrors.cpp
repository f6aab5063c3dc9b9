// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Coded errors: code and arguments are data; the sentence is made when someone reads it, in
// their language. The store tells a duplicate row apart by its code, never by SQLite's words.
#include "base/Error.h"
#include "core/import/UserCsvImporter.h"
#include "core/keys/KeyLifecycle.h"
#include "i18n/PhoneLanguage.h"
#include "support/TestSupport.h"

#include <QTest>
#include <QTranslator>

using namespace keydesk;
using namespace keydesk::test;

class TestErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messagesAreMadeFromCodeAndArguments()
    {
        const Error e(ErrorCode::KeyWrongStatus, {QStringLiteral("7"), QStringLiteral("pending"),
                                                  QStringLiteral("active"), QStringLiteral("suspended")});
        QCOMPARE(e.message(), QStringLiteral("key 7 is pending; it must be active to be suspended"));
        QCOMPARE(e.codeName(), QStringLiteral("key-wrong-status"));
        // An argument is put in as it is, even when it looks like a placeholder.
        QCOMPARE(Error(ErrorCode::RevokeNeedsReason).message(),
                 QStringLiteral("a reason is required to revoke a key"));
        QCOMPARE(Error(ErrorCode::PendingKeyExists,
                       {QStringLiteral("%2@example.com"), QStringLiteral("smartphone"), QStringLiteral("3")})
                     .message(),
                 QStringLiteral("%2@example.com already has a pending smartphone key (key 3); re-issue its "
                                "activation instead"));
        // Text without a code yet is kept as it is.
        QCOMPARE(Error::text(QStringLiteral("100% sure")).message(), QStringLiteral("100% sure"));
        QCOMPARE(Status::failure(Error::text(QStringLiteral("x"))).cause().code(), ErrorCode::Message);
    }

    void theSameErrorReadsInTheReadersLanguage()
    {
        TestStore store;
        const Status refused = KeyLifecycle(*store).suspend(Actor(store->actor()), 42, {});
        QCOMPARE(refused.cause(), Error(ErrorCode::KeyNotFound, {QStringLiteral("42")}));
        QCOMPARE(refused.error(), QStringLiteral("no security key 42"));
        QVERIFY(translatedLanguages().contains(QStringLiteral("de"))); // loads the built-in translations
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/keydesk_de.qm")));
        QCoreApplication::installTranslator(&german);
        QCOMPARE(refused.error(), QStringLiteral("kein Sicherheitsschlüssel 42"));
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(refused.error(), QStringLiteral("no security key 42"));
    }

    void catalogueSentencesWaitForTheirReader()
    {
        // What KEYDESK_DEFERRED_TR_FUNCTIONS(ClientData)'s tr() makes; an error nested as an argument
        // and a plural form are said in the reader's language too.
        const Error inner =
            Error::catalogued("ClientData", "origin %1 is not allowed").arg(u"https://evil.example");
        const Error outer = Error::catalogued("AuthenticatorData", "extensions: %1").arg(inner);
        const Error plural =
            Error::catalogued("ClientData", "challenge matches the one issued (%n bytes)", 32);
        QCOMPARE(outer.message(), QStringLiteral("extensions: origin https://evil.example is not allowed"));
        QCOMPARE(plural.message(), QStringLiteral("challenge matches the one issued (32 bytes)"));
        QCOMPARE(Error::fromJson(outer.toJson()), outer);
        QCOMPARE(Error::fromStored(plural.toStored()), plural);
        QVERIFY(!outer.isEmpty());
        QVERIFY(Error().isEmpty());
        // An argument that reads like "%2" or like stored JSON is kept as it is.
        QCOMPARE(
            Error::catalogued("ClientData", "origin %1 is not allowed").arg(u"%2 {\"code\":\"x\"}").message(),
            QStringLiteral("origin %2 {\"code\":\"x\"} is not allowed"));

        QVERIFY(translatedLanguages().contains(QStringLiteral("de")));
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/keydesk_de.qm")));
        QCoreApplication::installTranslator(&german);
        QCOMPARE(outer.message(),
                 QStringLiteral("Erweiterungen: Origin https://evil.example ist nicht erlaubt"));
        QCoreApplication::removeTranslator(&german);
    }

    void aFilesProblemsAreKeptOneALineAndSaidInTheReadersLanguage()
    {
        const auto read = UserCsvImporter::read(QByteArrayLiteral("display_name,email\n,a@example.com\nB,\n"),
                                                QStringLiteral("people.csv"));
        QVERIFY(!read);
        QCOMPARE(read.cause().code(), ErrorCode::Lines);
        QCOMPARE(read.error(), QStringLiteral("line 2: display name is required\nline 3: email is required"));
        QCOMPARE(Error::fromStored(read.cause().toStored()), read.cause());

        QVERIFY(translatedLanguages().contains(QStringLiteral("de")));
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/keydesk_de.qm")));
        QCoreApplication::installTranslator(&german);
        const QString inGerman = read.error();
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(inGerman, QStringLiteral("Zeile 2: ein Anzeigename ist erforderlich\n"
                                          "Zeile 3: eine E-Mail-Adresse ist erforderlich"));
    }

    void theStoreCodesDuplicateRows()
    {
        TestStore store;
        QSqlQuery& insert =
            store->database().prepared(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        insert.addBindValue(QStringLiteral("probe"));
        insert.addBindValue(QStringLiteral("1"));
        QVERIFY(store->database().exec(insert, QT_TRANSLATE_NOOP("Database", "changing a setting")));
        insert.addBindValue(QStringLiteral("probe"));
        insert.addBindValue(QStringLiteral("2"));
        const Status duplicate =
            store->database().exec(insert, QT_TRANSLATE_NOOP("Database", "changing a setting"));
        QCOMPARE(duplicate.cause().code(), ErrorCode::DuplicateRow);
        QCOMPARE(duplicate.cause().args().first(), QStringLiteral("changing a setting"));
        QCOMPARE(duplicate.error(),
                 testsOnPostgres()
                     ? QStringLiteral("changing a setting: duplicate key value violates unique constraint "
                                      "\"settings_pkey\"")
                     : QStringLiteral("changing a setting: UNIQUE constraint failed: settings.key"));

        QSqlQuery& broken = store->database().prepared(QStringLiteral(
            "INSERT INTO security_keys (user_id, type, created_at) VALUES (999, 'smartphone', 0)"));
        const Status other =
            store->database().exec(broken, QT_TRANSLATE_NOOP("Database", "adding the security key"));
        QCOMPARE(other.cause().code(), ErrorCode::StorageFailed);
        QCOMPARE(other.error(),
                 testsOnPostgres()
                     ? QStringLiteral("adding the security key: insert or update on table "
                                      "\"security_keys\" violates foreign key constraint "
                                      "\"security_keys_user_id_fkey\"")
                     : QStringLiteral("adding the security key: FOREIGN KEY constraint failed"));
    }

    void storedErrorsKeepTheirCodeAndArguments()
    {
        const Error failed(ErrorCode::StorageFailed,
                           {QStringLiteral("reading workflows"), QStringLiteral("disk I/O error")});
        QCOMPARE(
            failed.toStored(),
            QStringLiteral(R"({"args":["reading workflows","disk I/O error"],"code":"storage-failed"})"));
        QCOMPARE(Error::fromStored(failed.toStored()), failed);
        // Text without a code, and what older versions stored, read back as text.
        QCOMPARE(Error::fromStored(QStringLiteral("cancelled")), Error::text(QStringLiteral("cancelled")));
        QCOMPARE(Error::fromStored(QStringLiteral(R"({"code":"no-such-code"})")).code(), ErrorCode::Message);

        // A workflow run that failed keeps the code: each reader gets the message in their language.
        TestStore store;
        auto workflow = store->workflows().create(QStringLiteral("Everyone"), {}, KeyType::Smartphone, {});
        QVERIFY(workflow);
        auto run = store->workflows().beginRun(workflow->id, RunTrigger::Manual);
        QVERIFY(run);
        QVERIFY(store->workflows().finishRun(run.value(), QStringLiteral("failed"), failed));
        auto runs = store->workflows().runs(workflow->id, 1);
        QVERIFY(runs);
        QCOMPARE(runs->first().error, failed);
        QVERIFY(translatedLanguages().contains(QStringLiteral("de")));
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/keydesk_de.qm")));
        QCoreApplication::installTranslator(&german);
        const QString inGerman = runs->first().error.message();
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(runs->first().error.message(), QStringLiteral("reading workflows: disk I/O error"));
        QVERIFY2(inGerman.endsWith(QStringLiteral(": disk I/O error")) &&
                     !inGerman.startsWith(QStringLiteral("reading")),
                 qPrintable(inGerman));
    }

    void aWorkflowNameTakenTwiceIsRefusedByCode()
    {
        TestStore store;
        QVERIFY(store->workflows().create(QStringLiteral("Everyone"), {}, KeyType::Smartphone, {}));
        auto other = store->workflows().create(QStringLiteral("Others"), {}, KeyType::Smartphone, {});
        QVERIFY(other);
        // The table refuses it by code; the service says it as a sentence.
        auto refused = store->workflows().update(other->id, QStringLiteral("Everyone"), {}, {});
        QCOMPARE(refused.cause().code(), ErrorCode::DuplicateRow);
        auto renamed = store.core().workflows().update(store.core().actor(), other->id,
                                                       QStringLiteral("Everyone"), {}, {});
        QVERIFY(!renamed);
        QCOMPARE(renamed.error(), QStringLiteral("a workflow named 'Everyone' exists already"));
    }
};

QTEST_GUILESS_MAIN(TestErrors)
#include "TestErrors.moc"
