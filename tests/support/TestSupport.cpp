// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "TestSupport.h"

#include "PostgresCluster.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTest>

namespace keydesk::test {

bool testsOnPostgres()
{
    static const bool postgres = qEnvironmentVariable("KEYDESK_TEST_ENGINE") == QLatin1String("postgresql");
    return postgres;
}

namespace {

// One cluster per test process, started on first use and stopped as the application ends.
struct SharedCluster
{
    std::unique_ptr<PostgresCluster> cluster;
    QTemporaryDir keys; // the code key every test database shares (made from one template)
    int databases = 0;
};

SharedCluster& sharedCluster()
{
    static SharedCluster* shared = [] {
        auto* s = new SharedCluster;
        s->cluster = PostgresCluster::startForThisProcess();
        // Every program the tests start finds the code key here.
        qputenv("KEYDESK_CODE_KEY_FILE", QFile::encodeName(s->keys.filePath(QStringLiteral("code.key"))));
        // Every test database is a copy of this one, migrated once.
        if (Status made = s->cluster->createDatabase(QStringLiteral("keydesk_template")); !made)
            qFatal("cannot create the template database: %s", qPrintable(made.error()));
        {
            auto core = Core::open(s->cluster->url(QStringLiteral("keydesk_template")), {});
            if (!core)
                qFatal("cannot migrate the template database: %s", qPrintable(core.error()));
        }
        // Stopped and removed (cluster and key) as the application ends.
        qAddPostRoutine([] {
            sharedCluster().cluster.reset();
            QDir(sharedCluster().keys.path()).removeRecursively();
        });
        return s;
    }();
    return *shared;
}

void adminStatement(const QString& sql)
{
    PostgresCluster& cluster = *sharedCluster().cluster;
    const QString name = QStringLiteral("keydesk-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::contains(name)
                              ? QSqlDatabase::database(name)
                              : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(cluster.port());
        db.setUserName(PostgresCluster::user());
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.isOpen() && !db.open())
            qFatal("cannot reach the test cluster: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
}

} // namespace

TestStore::TestStore() : m_clock(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC))
{
    if (testsOnPostgres()) {
        SharedCluster& shared = sharedCluster();
        m_postgresDatabase = QStringLiteral("test_%1").arg(++shared.databases);
        adminStatement(
            QStringLiteral("CREATE DATABASE %1 TEMPLATE keydesk_template").arg(m_postgresDatabase));
    }
    reopen();
}

TestStore::~TestStore()
{
    m_core.reset();
    if (!m_postgresDatabase.isEmpty())
        adminStatement(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_postgresDatabase));
}

QString TestStore::path() const
{
    if (!m_postgresDatabase.isEmpty())
        return sharedCluster().cluster->url(m_postgresDatabase);
    return m_dir.filePath(QStringLiteral("test.sqlite"));
}

void TestStore::reopen()
{
    m_core.reset();
    Core::Options options;
    options.actor = QStringLiteral("tester@keydesk");
    options.clock = &m_clock;
    auto core = Core::open(path(), options);
    if (!core)
        qFatal("cannot open test store: %s", qPrintable(core.error()));
    m_core = std::move(core).value();
}

namespace {

QVariant firstValue(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("test query failed: %s", qPrintable(sql));
    return q.value(0);
}

} // namespace

QString jsonFieldIs(const QString& column, const QString& field, const QString& jsonValue)
{
    if (testsOnPostgres())
        return QStringLiteral("(%1)::jsonb -> '%2' = '%3'::jsonb").arg(column, field, jsonValue);
    return QStringLiteral("json_extract(%1, '$.%2') = json_extract('%3', '$')").arg(column, field, jsonValue);
}

qint64 scalar(Database& db, const QString& sql)
{
    return firstValue(db, sql).toLongLong();
}

QString textScalar(Database& db, const QString& sql)
{
    return firstValue(db, sql).toString();
}

QString tableDump(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        qFatal("cannot dump table %s", qPrintable(table));
    QStringList rows;
    while (q.next()) {
        QString row;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            row += v.isNull()                                   ? QStringLiteral("NULL")
                   : v.metaType().id() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                : v.toString();
            row += u'|';
        }
        rows << row;
    }
    // Sorted as text: the engines return rows in no promised order.
    rows.sort();
    return rows.join(u'\n');
}

Snapshot snapshot(Database& db)
{
    Snapshot s;
    s.users = scalar(db, QStringLiteral("SELECT count(*) FROM users"));
    s.groups = scalar(db, QStringLiteral("SELECT count(*) FROM groups"));
    s.memberships = scalar(db, QStringLiteral("SELECT count(*) FROM group_members"));
    s.auditEvents = scalar(db, QStringLiteral("SELECT count(*) FROM audit_events"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral(
        "SELECT id, display_name, email, upn, department, enabled, updated_at FROM users ORDER BY id"));
    while (q.next()) {
        for (int i = 0; i < 7; ++i)
            hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
    }
    s.usersDigest = hash.result().toHex();
    return s;
}

char* toString(const Snapshot& s)
{
    return QTest::toString(QStringLiteral("users=%1 groups=%2 memberships=%3 audit=%4 digest=%5")
                               .arg(s.users)
                               .arg(s.groups)
                               .arg(s.memberships)
                               .arg(s.auditEvents)
                               .arg(QString::fromLatin1(s.usersDigest.left(12))));
}

namespace {

// Every row a desk gets of `table`, as the server sends it.
QString syncedRows(Store& store, const SyncTable& table)
{
    auto page = store.changeLog().page(table, {}, 10'000'000);
    if (!page)
        qFatal("%s", qPrintable(page.error()));
    return QString::fromUtf8(QJsonDocument(page->rows.rows).toJson(QJsonDocument::Compact));
}

} // namespace

QString cacheDiffers(Store& server, Store& cache, const QStringList& leftOut)
{
    for (const SyncTable& table : syncTables()) {
        if (leftOut.contains(table.name)) {
            if (const qint64 rows =
                    scalar(cache.database(), QStringLiteral("SELECT count(*) FROM ") + table.name))
                return QStringLiteral("%1 has %2 rows").arg(table.name).arg(rows);
            continue;
        }
        const QString expected = syncedRows(server, table);
        const QString actual = syncedRows(cache, table);
        if (actual != expected)
            return QStringLiteral("%1 differs:\n cache  %2\n server %3")
                .arg(table.name, actual.left(600), expected.left(600));
    }
    return {};
}

QString testDataPath(const QString& relative)
{
    return qEnvironmentVariable("KEYDESK_TEST_DATA") + u'/' + relative;
}

QByteArray fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace keydesk::test
