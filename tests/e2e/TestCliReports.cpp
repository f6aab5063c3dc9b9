// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// `keydesk-cli reports` as operators run it, on a seeded rollout: the enrollment report (CSV,
// JSON and PDF) equals the Overview's figures, in all and per group; stale keys and expiring links are
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
#include <QRegularExpression>
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

    // The PDF as a reader sees it (pdftotext, pdfinfo from poppler-utils): the title, every
    // figure, every group once, one row each over numbered pages.
    void theEnrollmentReportAsPdf()
    {
        {
            auto core = open();
            for (int i = 1; i <= 70; ++i)
                QVERIFY(core->groups().create(core->actor(),
                                              QStringLiteral("Branch office %1").arg(i, 2, 10, QChar(u'0'))));
        }
        const QString pdf = m_dir.filePath(QStringLiteral("enrollment.pdf"));
        const Run r =
            cli({QStringLiteral("reports"), QStringLiteral("enrollment"), QStringLiteral("--format"),
                 QStringLiteral("pdf"), QStringLiteral("--output"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        const auto run = [](const QString& program, const QStringList& args) {
            QProcess p;
            p.start(program, args);
            if (!p.waitForFinished(60000) || p.exitCode() != 0)
                qFatal("%s failed", qPrintable(program));
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("Title:           Enrollment report")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Page size:       595 x 842 pts (A4)")), qPrintable(info));
        const QString pages = info.section(QStringLiteral("Pages:"), 1).section(u'\n', 0, 0).trimmed();
        QCOMPARE(pages, QStringLiteral("3"));
        const QString text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});

        auto core = open();
        OverviewService overview = core->overview();
        const EnrollmentCounts all = overview.enrollment().value();
        const QList<GroupEnrollment> groups = overview.groupEnrollment().value();
        QVERIFY(text.contains(QStringLiteral("Enrollment report")));
        QVERIFY(text.contains(
            QStringLiteral("%1 enabled users; %2 disabled users are not counted.")
                .arg(QLocale().toString(all.total()), QLocale().toString(overview.disabledUsers().value()))));
        for (const QString& page :
             {QStringLiteral("Page 1 of 3"), QStringLiteral("Page 2 of 3"), QStringLiteral("Page 3 of 3")})
            QVERIFY2(text.contains(page), qPrintable(page));
        // A group is one row: its name once, then its figures in the table's order.
        const QStringList lines = text.split(u'\n');
        for (const GroupEnrollment& g : groups) {
            const auto rows = lines.filter(
                QRegularExpression(QStringLiteral("^\\s*%1\\s").arg(QRegularExpression::escape(g.name))));
            QCOMPARE(rows.size(), 1);
            QStringList figures{QLocale().toString(g.counts.total())};
            for (Enrollment e : kEnrollments)
                figures << QLocale().toString(g.counts.of(e));
            const QString cells = rows.first().mid(rows.first().indexOf(g.name) + g.name.size()).simplified();
            QVERIFY2(cells.startsWith(figures.join(u' ')), qPrintable(rows.first()));
        }
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("format") << QStringList{QStringLiteral("enrollment"), QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << QStringLiteral(
                                       "keydesk-cli: --format must be csv, json or pdf, not 'xml'\n");
        QTest::newRow("pdf of keys") << QStringList{QStringLiteral("stale-keys"), QStringLiteral("--format"),
                                                    QStringLiteral("pdf")}
                                     << QStringLiteral(
                                            "keydesk-cli: --format must be csv or json, not 'pdf'\n");
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
