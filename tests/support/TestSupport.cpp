// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTest>

namespace keydesk::test {

TestStore::TestStore() : m_clock(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC))
{
    reopen();
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
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)))
        qFatal("cannot dump table %s", qPrintable(table));
    QString dump;
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            dump += v.isNull() ? QStringLiteral("NULL")
                    : v.metaType().id() == QMetaType::QByteArray
                        ? QString::fromLatin1(v.toByteArray().toHex())
                        : v.toString();
            dump += u'|';
        }
        dump += u'\n';
    }
    return dump;
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
