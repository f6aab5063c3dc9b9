// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "EnrollmentHarness.h"

#include "core/access/AccessService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

// The admin API as its OpenAPI description says it is: every described operation answers, and
// the role × route matrix — admin, helpdesk, auditor, no credential, an expired session, a revoked
// token — is generated from the description, so a new route cannot escape it.
class TestAdminApi : public QObject
{
    Q_OBJECT

private:
    // What each role may, written out from the issue rather than read from the code under test.
    static bool roleMay(const QString& role, const QString& permission)
    {
        static const QHash<QString, QStringList> kAllowed{
            {QStringLiteral("helpdesk"),
             {QStringLiteral("read-directory"), QStringLiteral("read-audit"), QStringLiteral("edit-users"),
              QStringLiteral("edit-groups"), QStringLiteral("handle-keys"), QStringLiteral("retry-outbox")}},
            {QStringLiteral("auditor"),
             {QStringLiteral("read-directory"), QStringLiteral("read-audit"), QStringLiteral("export-audit"),
              QStringLiteral("read-administration")}},
        };
        return role == QLatin1String("admin") || kAllowed.value(role).contains(permission);
    }

    struct Operation
    {
        QByteArray method;
        QString path; // concrete: every {name} filled
        QString permission;
    };

    static QList<Operation> operations(const QJsonObject& openApi)
    {
        QList<Operation> found;
        const QJsonObject paths = openApi.value(QStringLiteral("paths")).toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            QString concrete = p.key();
            concrete.replace(QRegularExpression(QStringLiteral("\\{[^}]+\\}")), QStringLiteral("nobody"));
            const QJsonObject item = p.value().toObject();
            for (auto m = item.begin(); m != item.end(); ++m)
                found.append({m.key().toUpper().toLatin1(), concrete,
                              m.value().toObject().value(QStringLiteral("x-keydesk-permission")).toString()});
        }
        return found;
    }

    static QJsonObject openApiOf(EnrollmentHarness& h)
    {
        const auto r = h.request("GET", QStringLiteral("/api/v1/openapi.json"));
        if (r.status != 200)
            qFatal("openapi.json answered %d", r.status);
        return QJsonDocument::fromJson(r.body).object();
    }

private Q_SLOTS:
    void theDescriptionIsOpenApi31AndComplete()
    {
        EnrollmentHarness h;
        const QJsonObject doc = openApiOf(h);
        QCOMPARE(doc.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.1.0"));
        const QList<Operation> ops = operations(doc);
        QVERIFY(ops.size() >= 13);
        const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            QVERIFY2(p.key().startsWith(QStringLiteral("/api/v1/admin/")), qPrintable(p.key()));
            for (const QJsonValue op : p.value().toObject()) {
                QVERIFY(!op.toObject().value(QStringLiteral("summary")).toString().isEmpty());
                QVERIFY(op.toObject().contains(QStringLiteral("responses")));
            }
        }
        // Not described: not there.
        QCOMPARE(h.request("GET", QStringLiteral("/api/v1/admin/nothing-here")).status, 404);
        const auto wrongMethod = h.request("PATCH", QStringLiteral("/api/v1/admin/me"));
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET"));
    }

    void roleByRouteMatrix()
    {
        EnrollmentHarness h;
        const Actor direct = h.store.core().actor();
        QHash<QString, User> users;
        for (const QString& role :
             {QStringLiteral("admin"), QStringLiteral("helpdesk"), QStringLiteral("auditor")}) {
            users.insert(role, h.addUser(role, role + QStringLiteral("@example.com")));
            QVERIFY(h.store.core().operators().add(direct, role + QStringLiteral("@example.com"), role));
        }
        AccessService access = h.store.core().access();
        // An expired session: opened, then nine hours pass. A revoked token: made, then revoked.
        const QString expired =
            access.openSession(users[QStringLiteral("admin")].id, QStringLiteral("old"), 0)->secret;
        h.store.clock().advance(9LL * 3600 * 1000);
        const QString revoked =
            access.createToken(direct, QStringLiteral("admin@example.com"), QStringLiteral("gone"), {})
                ->secret;
        QVERIFY(access.revokeToken(direct, QStringLiteral("gone")));

        const QList<Operation> ops = operations(openApiOf(h));
        int checked = 0;
        for (const Operation& op : ops) {
            for (const QString& caller :
                 {QStringLiteral("admin"), QStringLiteral("helpdesk"), QStringLiteral("auditor"),
                  QStringLiteral("none"), QStringLiteral("expired"), QStringLiteral("revoked")}) {
                QList<std::pair<QByteArray, QByteArray>> headers;
                QString bearer;
                if (users.contains(caller)) // a fresh session each time: sign-out ends the one it carries
                    bearer = access.openSession(users[caller].id, QStringLiteral("matrix"), 0)->secret;
                else if (caller == QLatin1String("expired"))
                    bearer = expired;
                else if (caller == QLatin1String("revoked"))
                    bearer = revoked;
                if (!bearer.isEmpty())
                    headers.append({"Authorization", "Bearer " + bearer.toLatin1()});
                const bool body = op.method == "POST" || op.method == "PUT";
                const auto r = h.request(op.method, op.path, body ? QByteArray("{}") : QByteArray(),
                                         body ? QByteArray("application/json") : QByteArray(), headers);
                const QString where = QStringLiteral("%1 %2 as %3: %4 %5")
                                          .arg(QString::fromLatin1(op.method), op.path, caller)
                                          .arg(r.status)
                                          .arg(QString::fromUtf8(r.body));
                QVERIFY2(r.status != 404 || op.path.contains(QStringLiteral("nobody")), qPrintable(where));
                QVERIFY2(r.status != 405 && r.status < 500, qPrintable(where));
                if (op.permission == QLatin1String("public")) {
                    QVERIFY2(r.status != 401 && r.status != 403, qPrintable(where));
                } else if (!users.contains(caller)) {
                    QVERIFY2(r.status == 401, qPrintable(where));
                } else if (op.permission == QLatin1String("signed-in") || roleMay(caller, op.permission)) {
                    QVERIFY2(r.status != 401 && r.status != 403, qPrintable(where));
                } else {
                    QVERIFY2(r.status == 403, qPrintable(where));
                    const QJsonObject json = QJsonDocument::fromJson(r.body).object();
                    QCOMPARE(json.value(QStringLiteral("error")).toString(), QStringLiteral("not-permitted"));
                }
                ++checked;
            }
        }
        QCOMPARE(checked, ops.size() * 6);
        qInfo() << "checked" << checked << "requests over" << ops.size() << "operations";
    }
};

QTEST_GUILESS_MAIN(TestAdminApi)
#include "TestAdminApi.moc"
