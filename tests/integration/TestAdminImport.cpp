// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// A user import through the admin API: the file arrives in parts of at most 48 KiB (request
// bodies are capped at 64 KiB), each part checked as it comes and the whole checked against the
// size and SHA-256 announced first; then one all-or-nothing import. Only the sender sees an upload.
#include "EnrollmentHarness.h"

#include "core/access/AccessService.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;
const QString kImports = QStringLiteral("/api/v1/admin/imports");
constexpr qint64 kPart = 48 * 1024;

QJsonObject jsonOf(const EnrollmentHarness::RawReply& reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

QString messageOf(const EnrollmentHarness::RawReply& reply)
{
    return jsonOf(reply).value(QStringLiteral("message")).toString();
}

// A CSV of `rows` users, longer than two parts when rows ≥ 1500.
QByteArray staffFile(int rows)
{
    QByteArray csv = "display_name,email,department,groups\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("Person %1,person%1@import.example.com,Department %2,Imported %2\n")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(i % 4)
                   .toUtf8();
    return csv;
}

QByteArray announce(const QString& name, const QByteArray& file)
{
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("name"), name},
                   {QStringLiteral("size"), file.size()},
                   {QStringLiteral("sha256"),
                    QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex())}})
        .toJson();
}

} // namespace

class TestAdminImport : public QObject
{
    Q_OBJECT

    struct Operators
    {
        Headers admin;
        Headers helpdesk;
        Headers auditor;
    };

    // The three operators, each with a fresh session (again after the test clock moved on).
    static Operators signIn(EnrollmentHarness& h, bool addThem = true)
    {
        const Actor direct = h.store.core().actor();
        Operators ops;
        for (const auto& [role, headers] :
             {std::pair{"admin", &ops.admin}, std::pair{"helpdesk", &ops.helpdesk},
              std::pair{"auditor", &ops.auditor}}) {
            const QString email = QString::fromLatin1(role) + QStringLiteral("@example.com");
            if (addThem) {
                h.addUser(QString::fromLatin1(role), email);
                if (!h.store.core().operators().add(direct, email, QString::fromLatin1(role)))
                    qFatal("cannot make %s an operator", role);
            }
            const qint64 userId = h.store->users().resolve(email)->id;
            *headers = {
                {"Authorization",
                 "Bearer " +
                     h.store.core().access().openSession(userId, QStringLiteral("t"), 0)->secret.toLatin1()}};
        }
        return ops;
    }

    static EnrollmentHarness::RawReply putPart(EnrollmentHarness& h, const QString& id, qint64 part,
                                               const QByteArray& bytes, const Headers& who)
    {
        return h.request("PUT", kImports + QStringLiteral("/%1/parts/%2").arg(id).arg(part), bytes,
                         "application/octet-stream", who);
    }

    static EnrollmentHarness::RawReply importUsers(EnrollmentHarness& h, const QString& id,
                                                   const Headers& who,
                                                   const QByteArray& body = R"({"dry_run": false})")
    {
        return h.request("POST", kImports + QStringLiteral("/%1/users").arg(id), body, "application/json",
                         who);
    }

private Q_SLOTS:
    void aFileArrivesInPartsAndIsImportedWhole()
    {
        EnrollmentHarness h;
        const Operators ops = signIn(h);
        const QByteArray file = staffFile(2000);
        QVERIFY(file.size() > 2 * kPart && file.size() < 3 * kPart);

        const auto begun = h.request("POST", kImports, announce(QStringLiteral("staff.csv"), file),
                                     "application/json", ops.helpdesk);
        QCOMPARE(begun.status, 201);
        const QJsonObject upload = jsonOf(begun);
        const QString id = upload.value(QStringLiteral("id")).toString();
        QCOMPARE(id.size(), 32); // 128 random bits
        QCOMPARE(upload.value(QStringLiteral("part_bytes")).toInteger(), kPart);
        QCOMPARE(upload.value(QStringLiteral("parts")).toInteger(), 3);

        // Each part as it comes: its type, its number, its length.
        const auto asJson = h.request("PUT", kImports + QStringLiteral("/%1/parts/0").arg(id),
                                      file.left(kPart), "application/json", ops.helpdesk);
        QCOMPARE(asJson.status, 415);
        QCOMPARE(messageOf(asJson), QStringLiteral("Send the body as application/octet-stream."));
        const auto beyond = putPart(h, id, 3, file.mid(3 * kPart), ops.helpdesk);
        QCOMPARE(beyond.status, 400);
        QCOMPARE(messageOf(beyond), QStringLiteral("import file %1 has parts 0 to 2, not 3").arg(id));
        const auto isShort = putPart(h, id, 0, file.left(100), ops.helpdesk);
        QCOMPARE(isShort.status, 400);
        QCOMPARE(messageOf(isShort),
                 QStringLiteral("part 0 of import file %1 is 49152 bytes long, not 100").arg(id));
        // Someone else's upload does not exist for them, admin or not.
        const auto notTheirs = putPart(h, id, 0, file.left(kPart), ops.admin);
        QCOMPARE(notTheirs.status, 404);
        QCOMPARE(messageOf(notTheirs), QStringLiteral("no import file %1").arg(id));

        // Whole only when every part is there and the bytes are the ones announced.
        QCOMPARE(putPart(h, id, 0, file.left(kPart), ops.helpdesk).status, 200);
        QCOMPARE(putPart(h, id, 2, file.mid(2 * kPart), ops.helpdesk).status, 200);
        const QString usersBefore = h.rows();
        const auto lacking = importUsers(h, id, ops.helpdesk);
        QCOMPARE(lacking.status, 422);
        QCOMPARE(messageOf(lacking),
                 QStringLiteral("import file %1 is not whole; parts still to send: 1").arg(id));
        QByteArray altered = file.mid(kPart, kPart);
        altered[10] = altered[10] == 'x' ? 'y' : 'x';
        QCOMPARE(putPart(h, id, 1, altered, ops.helpdesk).status, 200);
        const auto changed = importUsers(h, id, ops.helpdesk);
        QCOMPARE(changed.status, 422);
        QCOMPARE(
            messageOf(changed),
            QStringLiteral("import file %1 is not the file that was announced (its SHA-256 differs); send "
                           "it again")
                .arg(id));
        QCOMPARE(h.rows(), usersBefore);
        // Sending a part again replaces it.
        QCOMPARE(putPart(h, id, 1, file.mid(kPart, kPart), ops.helpdesk).status, 200);

        const auto badFlag = importUsers(h, id, ops.helpdesk, R"({"dry_run": "yes"})");
        QCOMPARE(badFlag.status, 400);
        QCOMPARE(messageOf(badFlag), QStringLiteral("dry_run is true or false"));
        const auto dryRun = importUsers(h, id, ops.helpdesk, R"({"dry_run": true})");
        QCOMPARE(dryRun.status, 200);
        QCOMPARE(jsonOf(dryRun).value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(jsonOf(dryRun).value(QStringLiteral("created")).toInteger(), 2000);
        QCOMPARE(jsonOf(dryRun).value(QStringLiteral("changes")).toArray().size(), 2000);
        QCOMPARE(h.rows(), usersBefore);

        // A dry run keeps the file; the import uses it up.
        const auto imported = importUsers(h, id, ops.helpdesk);
        QCOMPARE(imported.status, 200);
        const QJsonObject summary = jsonOf(imported);
        QCOMPARE(summary.value(QStringLiteral("created")).toInteger(), 2000);
        QCOMPARE(summary.value(QStringLiteral("memberships_added")).toInteger(), 2000);
        QCOMPARE(summary.value(QStringLiteral("groups_created")).toArray().size(), 4);
        QCOMPARE(summary.value(QStringLiteral("workflows"))
                     .toObject()
                     .value(QStringLiteral("keys_assigned"))
                     .toInteger(),
                 0);
        QCOMPARE(h.store->users().resolve(QStringLiteral("person01999@import.example.com"))->displayName,
                 QStringLiteral("Person 01999"));
        const AuditEvent event = h.store->audit().page({}, 0, 1).value().first();
        QCOMPARE(event.action, QStringLiteral("users.import"));
        QCOMPARE(event.targetLabel, QStringLiteral("staff.csv"));
        QCOMPARE(event.actor, QStringLiteral("helpdesk@example.com"));
        QVERIFY(event.actorCredential.startsWith(QStringLiteral("session ")));
        const auto again = importUsers(h, id, ops.helpdesk);
        QCOMPARE(again.status, 404);
        QCOMPARE(messageOf(again), QStringLiteral("no import file %1").arg(id));
        QCOMPARE(scalar(h.store->database(), QStringLiteral("SELECT count(*) FROM import_upload_parts")), 0);
    }

    void aBadFileIsRefusedByLineAndUsedUp()
    {
        EnrollmentHarness h;
        const Operators ops = signIn(h);
        const QByteArray file =
            "display_name,email\nNo At,no-at.example.com\nTwice,t@example.com\nTwice,t@example.com\n";
        const QString id = jsonOf(h.request("POST", kImports, announce(QStringLiteral("bad.csv"), file),
                                            "application/json", ops.helpdesk))
                               .value(QStringLiteral("id"))
                               .toString();
        QCOMPARE(putPart(h, id, 0, file, ops.helpdesk).status, 200);
        const QString before = h.rows();
        const auto refused = importUsers(h, id, ops.helpdesk);
        QCOMPARE(refused.status, 422);
        QCOMPARE(messageOf(refused),
                 QStringLiteral("line 2: email 'no-at.example.com' is not of the form name@domain\n"
                                "line 4: email 't@example.com' already appears on line 3"));
        QCOMPARE(h.rows(), before);
        QCOMPARE(importUsers(h, id, ops.helpdesk).status, 404);
    }

    void whatAnUploadMayBe()
    {
        EnrollmentHarness h;
        Operators ops = signIn(h);
        const QByteArray file = staffFile(3);
        const auto post = [&](const QByteArray& body, const Headers& who) {
            return h.request("POST", kImports, body, "application/json", who);
        };
        // An auditor changes nothing, so sends nothing to import.
        const auto auditor = post(announce(QStringLiteral("staff.csv"), file), ops.auditor);
        QCOMPARE(auditor.status, 403);
        QCOMPARE(jsonOf(auditor).value(QStringLiteral("error")).toString(), QStringLiteral("not-permitted"));

        const auto badHash = post(R"({"name": "a.csv", "size": 10, "sha256": "abc"})", ops.helpdesk);
        QCOMPARE(badHash.status, 400);
        QCOMPARE(messageOf(badHash), QStringLiteral("sha256 is the file's SHA-256 as 64 hexadecimal digits"));
        const QString zeros(64, QLatin1Char('0'));
        const auto badSize =
            post(QStringLiteral(R"({"name": "a.csv", "size": 1.5, "sha256": "%1"})").arg(zeros).toUtf8(),
                 ops.helpdesk);
        QCOMPARE(badSize.status, 400);
        QCOMPARE(messageOf(badSize), QStringLiteral("size is the file's length in bytes, a whole number"));
        const auto tooBig = post(
            QStringLiteral(R"({"name": "a.csv", "size": 600000000, "sha256": "%1"})").arg(zeros).toUtf8(),
            ops.helpdesk);
        QCOMPARE(tooBig.status, 400);
        QCOMPARE(messageOf(tooBig), QStringLiteral("an import file is 0 to 512 MiB, not 600000000 bytes"));
        const auto badName =
            post(QStringLiteral(R"({"name": "a\nb.csv", "size": 1, "sha256": "%1"})").arg(zeros).toUtf8(),
                 ops.helpdesk);
        QCOMPARE(badName.status, 400);
        QCOMPARE(
            messageOf(badName),
            QStringLiteral("the file's name must be 1 to 255 characters, none of them a control character"));
        QCOMPARE(scalar(h.store->database(), QStringLiteral("SELECT count(*) FROM import_uploads")), 0);

        // Four waiting at most per sender; discarding one makes room; others have their own four.
        QStringList ids;
        for (int i = 0; i < 4; ++i) {
            const auto begun = post(announce(QStringLiteral("staff.csv"), file), ops.helpdesk);
            QCOMPARE(begun.status, 201);
            ids << jsonOf(begun).value(QStringLiteral("id")).toString();
        }
        const auto fifth = post(announce(QStringLiteral("staff.csv"), file), ops.helpdesk);
        QCOMPARE(fifth.status, 400);
        QCOMPARE(messageOf(fifth),
                 QStringLiteral("helpdesk@example.com has 4 import files waiting already; import "
                                "or discard one first"));
        QCOMPARE(post(announce(QStringLiteral("staff.csv"), file), ops.admin).status, 201);
        QCOMPARE(h.request("DELETE", kImports + u'/' + ids.takeFirst(), {}, {}, ops.admin).status, 404);
        const auto discarded = h.request("DELETE", kImports + u'/' + ids.first(), {}, {}, ops.helpdesk);
        QCOMPARE(discarded.status, 200);
        QCOMPARE(jsonOf(discarded).value(QStringLiteral("discarded")).toBool(), true);
        QCOMPARE(post(announce(QStringLiteral("staff.csv"), file), ops.helpdesk).status, 201);

        // A day later what was never imported is gone, and the next upload sweeps it away.
        QCOMPARE(putPart(h, ids.last(), 0, file, ops.helpdesk).status, 200);
        h.store.clock().advance(25LL * 3600 * 1000);
        ops = signIn(h, false);
        QCOMPARE(importUsers(h, ids.last(), ops.helpdesk).status, 404);
        QCOMPARE(post(announce(QStringLiteral("staff.csv"), file), ops.admin).status, 201);
        QCOMPARE(scalar(h.store->database(), QStringLiteral("SELECT count(*) FROM import_uploads")), 1);
        QCOMPARE(scalar(h.store->database(), QStringLiteral("SELECT count(*) FROM import_upload_parts")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAdminImport)
#include "TestAdminImport.moc"
