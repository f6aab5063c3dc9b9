// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Bulk revoke of 10,000 active keys through the key lifecycle (BulkKeyChange: state machine,
// emails stopped, one audit event per key, 250 keys a transaction), and the floor in the same
// run: the same keys revoked on a copy of the database with one plain prepared UPDATE per key in
// one transaction. Target: bulk <= 4 x floor.
//
//   build/benchmarks/bench_bulk_keys [keys=10000]
#include "core/Core.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/keys/BulkKeyChange.h"
#include "core/store/Store.h"
#include "support/KeyHistory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace keydesk;

namespace {

std::unique_ptr<Core> open(const QString& path)
{
    Core::Options options;
    options.actor = QStringLiteral("bench@desk");
    auto core = Core::open(path, options);
    if (!core)
        qFatal("%s", qPrintable(core.error()));
    return std::move(core).value();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int wanted = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bulk.sqlite"));
    const QString floorPath = dir.filePath(QStringLiteral("floor.sqlite"));
    QList<qint64> ids;
    {
        auto core = open(path);
        // About half the users have an active key (tests/support/KeyHistory).
        if (!DemoDataGenerator::generate(core->store(), qint64(wanted) * 21 / 10))
            return 1;
        test::seedKeyHistory(core->store(), 1, core->clock().now().toMSecsSinceEpoch());
        QSqlQuery q(core->store().database().connection());
        q.exec(QStringLiteral("SELECT id FROM security_keys WHERE status = 'active' ORDER BY id LIMIT %1")
                   .arg(wanted));
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    if (!QFile::copy(path, floorPath) ||
        !QFile::copy(path + QStringLiteral(".key"), floorPath + QStringLiteral(".key")))
        return 1;
    std::printf("keys to revoke: %lld\n", qint64(ids.size()));

    double bulkMs = 0;
    {
        auto core = open(path);
        QElapsedTimer t;
        t.start();
        auto report = BulkKeyChange(core->store(), core->actor())
                          .run({BulkKeyAction::Revoke, ids, QStringLiteral("phones replaced")});
        bulkMs = t.nsecsElapsed() / 1e6;
        if (!report || report->changed != ids.size()) {
            std::printf("bulk revoke failed: %s\n",
                        report ? "not every key changed" : qPrintable(report.error()));
            return 1;
        }
    }
    double floorMs = 0;
    {
        auto core = open(floorPath);
        Database& db = core->store().database();
        QElapsedTimer t;
        t.start();
        Transaction tx(db);
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE security_keys SET status = 'revoked', status_reason = ?, "
                                 "status_changed_at = ? WHERE id = ?"));
        for (qint64 id : ids) {
            q.addBindValue(QStringLiteral("phones replaced"));
            q.addBindValue(core->clock().nowMs());
            q.addBindValue(id);
            if (!q.exec())
                return 1;
        }
        if (!tx.commit())
            return 1;
        floorMs = t.nsecsElapsed() / 1e6;
    }
    std::printf("bulk revoke   %8.1f ms (%.0f keys/s)\n", bulkMs, ids.size() / (bulkMs / 1000));
    std::printf("plain floor   %8.1f ms\n", floorMs);
    std::printf("ratio         %8.2f (target <= 4)\n", bulkMs / floorMs);
    return 0;
}
