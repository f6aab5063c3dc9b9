// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "support/TestSupport.h"

#include "core/demo/DemoDataGenerator.h"
#include "core/import/CsvReader.h"
#include "core/import/UserCsvImporter.h"

#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

class TestCsvImport : public QObject
{
    Q_OBJECT

private:
    // Reads and, if the file reads, applies: what an operator's import does.
    static QString importError(Store& store, const QString& path)
    {
        auto file = UserCsvImporter::readFile(path);
        if (!file)
            return file.error();
        auto summary = UserCsvImporter::apply(store, Actor(store.actor()), file.value(), false);
        return summary ? QStringLiteral("(imported)") : summary.error();
    }

private Q_SLOTS:
    void malformedFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        const auto row = [](const char* file, const QString& error) {
            QTest::newRow(file) << QString::fromLatin1(file) << error;
        };
        row("empty.csv", QStringLiteral("the file is empty; expected a header line such as "
                                        "display_name,email,upn,department,groups"));
        row("header_only.csv", QStringLiteral("the file has a header but no user rows"));
        row("missing_email_column.csv",
            QStringLiteral("line 1: required column 'email' is missing from the header"));
        row("duplicate_column.csv", QStringLiteral("line 1: column 'email' appears twice in the header"));
        row("bad_email.csv", QStringLiteral("line 3: email 'bob@' is not of the form name@domain"));
        row("duplicate_email.csv",
            QStringLiteral("line 4: email 'ALICE@example.com' already appears on line 2"));
        row("missing_name.csv", QStringLiteral("line 2: display name is required"));
        row("field_count.csv", QStringLiteral("line 3: 3 fields, but the header has 4"));
        row("unterminated_quote.csv",
            QStringLiteral("line 3: a quoted field is not closed before the end of the file"));
        row("text_after_quote.csv", QStringLiteral("line 2: text after the closing quote of a field"));
        row("quote_in_unquoted.csv",
            QStringLiteral("line 2: a quote inside an unquoted field; quote the whole field "
                           "and double the quote (\"\")"));
        row("latin1.csv",
            QStringLiteral("line 3: not valid UTF-8; save the file as UTF-8 (it may be Windows-1252 or "
                           "Latin-1)"));
        row("utf16.csv", QStringLiteral("the file is UTF-16 encoded; save it as UTF-8"));
        row("utf32.csv", QStringLiteral("the file is UTF-32 encoded; save it as UTF-8"));
        row("nul_byte.csv",
            QStringLiteral(
                "line 2: contains a NUL byte; the file is not UTF-8 text (UTF-16 without a BOM?)"));
        row("group_name_too_long.csv", QStringLiteral("line 2: group name is longer than 128 characters"));
        row("bad_upn.csv", QStringLiteral("line 2: UPN 'not-an-upn' is not of the form name@domain"));
        row("control_character.csv", QStringLiteral("line 2: control characters are not allowed"));
        row("several_problems.csv", QStringLiteral("line 2: email 'alice@' is not of the form name@domain\n"
                                                   "line 3: display name is required"));
    }

    void malformedFilesChangeNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        TestStore store;
        QVERIFY(DemoDataGenerator::generate(*store, 30));
        const Snapshot before = snapshot(store->database());
        QCOMPARE(importError(*store, testDataPath(QStringLiteral("csv/bad/") + file)), error);
        QCOMPARE(snapshot(store->database()), before);
    }

    void quotingBomCrlfAndExtraColumns()
    {
        TestStore store;
        auto file = UserCsvImporter::readFile(testDataPath(QStringLiteral("csv/good/quoting_bom_crlf.csv")));
        QVERIFY2(file, qPrintable(file.error()));
        QCOMPARE(file->rows.size(), 3);
        QCOMPARE(file->rows[0].fields.displayName, QStringLiteral("Able, Alice"));
        QCOMPARE(file->rows[0].groups,
                 (QStringList{QStringLiteral("Sales"), QStringLiteral("Remote Workers")}));
        QCOMPARE(file->rows[1].fields.displayName, QStringLiteral("Bob \"Bobby\" Bold"));
        QCOMPARE(file->rows[1].line, 4); // the quoted line break in row 1 counts
        QCOMPARE(file->rows[2].line, 5);
        auto summary = UserCsvImporter::apply(*store, Actor(store->actor()), file.value(), false);
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->created, 3);
        QCOMPARE(summary->membershipsAdded, 3);
        QCOMPARE(summary->groupsCreated,
                 (QStringList{QStringLiteral("Sales"), QStringLiteral("Remote Workers"),
                              QStringLiteral("Engineering")}));
        auto bob = store->users().findByEmail(QStringLiteral("bob@example.com"));
        QVERIFY(bob && bob.value());
        QCOMPARE(bob.value()->source, UserSource::Csv);
        QCOMPARE(bob.value()->upn, QString());
        // A created user's event names the groups it joined; no separate membership events.
        AuditQuery aboutAlice;
        aboutAlice.targetType = QStringLiteral("user");
        aboutAlice.targetId = store->users().findByEmail(QStringLiteral("alice@example.com")).value()->id;
        const auto events = store->audit().page(aboutAlice, 0, 10).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, QStringLiteral("user.create"));
        QCOMPARE(events.first().details.value(QStringLiteral("groups")).toVariant().toStringList(),
                 (QStringList{QStringLiteral("Sales"), QStringLiteral("Remote Workers")}));
        QCOMPARE(events.first().details.value(QStringLiteral("import")).toString(),
                 QStringLiteral("quoting_bom_crlf.csv"));
    }

    void upsertKeepsColumnsTheFileLacks()
    {
        TestStore store;
        QVERIFY(UserCsvImporter::apply(
            *store, Actor(store->actor()),
            UserCsvImporter::readFile(testDataPath(QStringLiteral("csv/good/quoting_bom_crlf.csv"))).value(),
            false));
        const qint64 eventsBefore = snapshot(store->database()).auditEvents;
        auto file = UserCsvImporter::readFile(
            testDataPath(QStringLiteral("csv/good/upsert_without_optional_columns.csv")));
        QVERIFY(file);
        auto summary = UserCsvImporter::apply(*store, Actor(store->actor()), file.value(), false);
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->created, 1);
        QCOMPARE(summary->updated, 1);
        // What changed, row by row, as a dry run would show it.
        QCOMPARE(summary->changes.size(), 2);
        QCOMPARE(summary->changes[0].line, 2);
        QCOMPARE(summary->changes[0].action, QStringLiteral("update"));
        QCOMPARE(summary->changes[0].details,
                 QStringList{QStringLiteral("display_name: Able, Alice → Alice Able-Smith")});
        QCOMPARE(summary->changes[1].action, QStringLiteral("create"));
        QCOMPARE(summary->changes[1].email, QStringLiteral("dave@example.com"));
        auto alice = store->users().findByEmail(QStringLiteral("alice@example.com")).value();
        QCOMPARE(alice->displayName, QStringLiteral("Alice Able-Smith"));
        QCOMPARE(alice->department, QStringLiteral("Sales"));       // no department column: kept
        QCOMPARE(alice->upn, QStringLiteral("alice@corp.example")); // no upn column: kept
        // one update, one create, one import summary
        QCOMPARE(snapshot(store->database()).auditEvents, eventsBefore + 3);
        // The same file again changes nothing but records the import.
        auto again = UserCsvImporter::apply(*store, Actor(store->actor()), file.value(), false);
        QCOMPARE(again->unchanged, 2);
        QCOMPARE(again->created + again->updated, 0);
    }

    void dryRunChangesNothing()
    {
        TestStore store;
        const Snapshot before = snapshot(store->database());
        auto file = UserCsvImporter::readFile(testDataPath(QStringLiteral("csv/good/quoting_bom_crlf.csv")));
        auto summary = UserCsvImporter::apply(*store, Actor(store->actor()), file.value(), true);
        QVERIFY(summary);
        QVERIFY(summary->dryRun);
        QCOMPARE(summary->created, 3);
        QCOMPARE(summary->changes.size(), 3);
        QCOMPARE(summary->changes[0].details, QStringList{QStringLiteral("groups: Sales, Remote Workers")});
        QCOMPARE(snapshot(store->database()), before);
    }

    void onlyAnOperatorWhoMayEditUsersImports()
    {
        TestStore store;
        const Snapshot before = snapshot(store->database());
        auto file = UserCsvImporter::readFile(testDataPath(QStringLiteral("csv/good/quoting_bom_crlf.csv")));
        const Actor auditor = Actor::signedIn(
            {7, QStringLiteral("cy@example.com"), OperatorRole::Auditor, QStringLiteral("session x")});
        const auto refused = UserCsvImporter::apply(*store, auditor, file.value(), false);
        QCOMPARE(refused.cause().code(), ErrorCode::NotPermitted);
        QCOMPARE(refused.error(), QStringLiteral("cy@example.com is auditor and may not change users"));
        QCOMPARE(snapshot(store->database()), before);
        // Whoever imports is named by every event the import writes.
        QVERIFY(UserCsvImporter::apply(*store, Actor(QStringLiteral("importer@ops")), file.value(), false));
        const auto events = store->audit().page({}, 0, 100).value();
        QVERIFY(!events.isEmpty());
        for (const AuditEvent& e : events)
            QCOMPARE(e.actor, QStringLiteral("importer@ops"));
    }

    void cancelRollsBack()
    {
        TestStore store;
        QByteArray csv = "display_name,email,groups\n";
        for (int i = 0; i < 2500; ++i)
            csv += QStringLiteral("User %1,user%1@example.com,Batch\n").arg(i).toUtf8();
        auto file = UserCsvImporter::read(csv, QStringLiteral("batch.csv"));
        QVERIFY(file);
        const Snapshot before = snapshot(store->database());
        qint64 lastDone = -1;
        auto summary = UserCsvImporter::apply(*store, Actor(store->actor()), file.value(), false,
                                              [&](qint64 done, qint64) {
                                                  lastDone = done;
                                                  return done < 2000;
                                              });
        QVERIFY(!summary);
        QCOMPARE(summary.error(), QStringLiteral("import cancelled; nothing was changed"));
        QCOMPARE(lastDone, 2000);
        QCOMPARE(snapshot(store->database()), before);
    }

    void readerEdgeCases()
    {
        QCOMPARE(CsvReader::parse("a,b\n\n\nc,d").records.size(), 2); // blank lines skipped
        QCOMPARE(CsvReader::parse("a,\"\"\n").records.first().fields,
                 (QStringList{QStringLiteral("a"), QString()}));
        QCOMPARE(CsvReader::parse("a,b,\r\n").records.first().fields.size(), 3); // trailing empty field
        QCOMPARE(CsvReader::parse("x\ry\r").records.size(), 2);                  // old Mac line ends
        QCOMPARE(CsvReader::parse("\"a\nb\",c\nd,e").records.last().line, 3);
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "TestCsvImport.moc"
