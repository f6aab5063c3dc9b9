// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// `keydesk-cli reports` as operators run it, on a seeded rollout: the enrollment report (CSV and
// JSON) equals the Overview's figures, in all and per group; stale keys and expiring links are
// the keys the Overview's lists select; bad options are refused with the exact message.
#include "support/KeyHistory.h"
#include "support/TestSupport.h"

#include "core/demo/DemoDataGenerator.h"
#include "core/reports/OverviewService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

class TestCliReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(QStringList args)
    {
        QProcess p;
        args.prepend(m_db);
        args.prepend(QStringLiteral("--database"));
        p.start(qEnvironmentVariable("KEYDESK_CLI"), args);
        if (!p.waitForFinished(60000))
            qFatal("keydesk-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QSet<qint64> idsOf(const QList<KeyListRow>& rows)
    {
        QSet<qint64> ids;
        for (const KeyListRow& r : rows)
            ids.insert(r.key.id);
        return ids;
    }

    static QSet<qint64> idsOf(const QJsonArray& keys)
    {
        QSet<qint64> ids;
        for (const QJsonValue& k : keys)
            ids.insert(k.toObject().value(QStringLiteral("keyId")).toInteger());
        return ids;
    }

    std::unique_ptr<Core> open(bool create = false)
    {
        Core::Options options;
        options.createIfMissing = create;
        auto core = Core::open(m_db, options);
        if (!core)
            qFatal("%s", qPrintable(core.error()));
        return std::move(core).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(qEnvironmentVariable("KEYDESK_CLI")));
        m_db = m_dir.filePath(QStringLiteral("reports.sqlite"));
        auto core = open(true);
        QVERIFY(DemoDataGenerator::generate(core->store(), 1500));
        seedKeyHistory(core->store(), 11, QDateTime::currentMSecsSinceEpoch());
    }

    void theEnrollmentReportEqualsTheOverview()
    {
        auto core = open();
        OverviewService overview = core->overview();
        const EnrollmentCounts all = overview.enrollment().value();
        const QList<GroupEnrollment> groups = overview.groupEnrollment().value();

        const Run csv = cli({QStringLiteral("reports"), QStringLiteral("enrollment")});
        QCOMPARE(csv.code, 0);
        QStringList expected{QStringLiteral("scope,group,enabled_users,active,pending,withdrawn,none")};
        const auto line = [](const QString& scope, const QString& group, const EnrollmentCounts& c) {
            return QStringLiteral("%1,%2,%3,%4,%5,%6,%7")
                .arg(scope, group)
                .arg(c.total())
                .arg(c.active)
                .arg(c.pending)
                .arg(c.withdrawn)
                .arg(c.none);
        };
        expected << line(QStringLiteral("all"), QString(), all);
        for (const GroupEnrollment& g : groups)
            expected << line(QStringLiteral("group"), g.name, g.counts);
        QCOMPARE(csv.out, expected.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));

        const Run json =
            cli({QStringLiteral("reports"), QStringLiteral("enrollment"), QStringLiteral("--group"),
                 groups.at(2).name, QStringLiteral("--group"), QString::number(groups.at(5).groupId),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("report")).toString(), QStringLiteral("enrollment"));
        QCOMPARE(doc.value(QStringLiteral("disabledUsers")).toInteger(), overview.disabledUsers().value());
        for (Enrollment e : kEnrollments)
            QCOMPARE(doc.value(QStringLiteral("all")).toObject().value(enrollmentName(e)).toInteger(),
                     all.of(e));
        const QJsonArray shown = doc.value(QStringLiteral("groups")).toArray();
        QCOMPARE(shown.size(), 2);
        for (const QJsonValue& value : shown) {
            const QJsonObject g = value.toObject();
            const auto it = std::find_if(groups.begin(), groups.end(), [&](const GroupEnrollment& x) {
                return x.name == g.value(QStringLiteral("group")).toString();
            });
            QVERIFY(it != groups.end());
            QCOMPARE(g.value(QStringLiteral("enabledUsers")).toInteger(), it->counts.total());
            for (Enrollment e : kEnrollments)
                QCOMPARE(g.value(enrollmentName(e)).toInteger(), it->counts.of(e));
        }
    }

    // The lists depend on the time: the report must equal the Overview's list read just before
    // or just after it (a link may expire in between).
    void staleKeysAndExpiringLinksAreTheOverviewsLists()
    {
        auto core = open();
        OverviewService overview = core->overview();
        const QSet<qint64> staleBefore = idsOf(overview.allKeys(overview.staleKeysList(30).value()).value());
        const Run stale =
            cli({QStringLiteral("reports"), QStringLiteral("stale-keys"), QStringLiteral("--days"),
                 QStringLiteral("30"), QStringLiteral("--format"), QStringLiteral("json")});
        const QSet<qint64> staleAfter = idsOf(overview.allKeys(overview.staleKeysList(30).value()).value());
        QCOMPARE(stale.code, 0);
        const QJsonObject staleDoc = QJsonDocument::fromJson(stale.out.toUtf8()).object();
        const QSet<qint64> staleShown = idsOf(staleDoc.value(QStringLiteral("keys")).toArray());
        QVERIFY(staleShown.size() > 100);
        QVERIFY(staleShown == staleBefore || staleShown == staleAfter);

        const qint64 week = 7 * 24 * 3600 * 1000LL;
        const QSet<qint64> linksBefore = idsOf(overview.allKeys(overview.expiringSoonList(week)).value());
        const Run links = cli({QStringLiteral("reports"), QStringLiteral("activations"),
                               QStringLiteral("--expiring-within"), QStringLiteral("7d")});
        const QSet<qint64> linksAfter = idsOf(overview.allKeys(overview.expiringSoonList(week)).value());
        QCOMPARE(links.code, 0);
        QStringList rows = links.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.takeFirst(),
                 QStringLiteral("key_id,user,email,type,status,aaguid,created_at,activated_at,"
                                "last_used_at,last_verified_at,activation_method,"
                                "activation_expires_at"));
        QSet<qint64> linksShown;
        for (const QString& row : rows) {
            linksShown.insert(row.section(u',', 0, 0).toLongLong());
            QCOMPARE(row.section(u',', 4, 4), QStringLiteral("pending"));
        }
        QVERIFY(linksShown.size() > 100);
        QVERIFY(linksShown == linksBefore || linksShown == linksAfter);
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("format") << QStringList{QStringLiteral("enrollment"), QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << QStringLiteral("keydesk-cli: --format must be csv or json, not 'xml'\n");
        QTest::newRow("days") << QStringList{QStringLiteral("stale-keys"), QStringLiteral("--days"),
                                             QStringLiteral("0")}
                              << QStringLiteral("keydesk-cli: --days must be a number from 1 to 3650\n");
        QTest::newRow("within") << QStringList{QStringLiteral("activations"),
                                               QStringLiteral("--expiring-within"), QStringLiteral("3w")}
                                << QStringLiteral(
                                       "keydesk-cli: --expiring-within must be hours (24h, up to 2160h) "
                                       "or days (7d, up to 90d), not '3w'\n");
        QTest::newRow("group") << QStringList{QStringLiteral("enrollment"), QStringLiteral("--group"),
                                              QStringLiteral("Nowhere")}
                               << QStringLiteral("keydesk-cli: no group 'Nowhere'\n");
    }

    void badOptionsAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        args.prepend(QStringLiteral("reports"));
        const Run r = cli(args);
        QVERIFY(r.code != 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.endsWith(error), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "TestCliReports.moc"
