// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Change propagation desk A -> desk B: desk A adds a user through the admin API of one server;
// desk B, a DeskSync listening on the live channel of another (or the same) server, pulls it into
// its cache. For each of N changes, one after another: the time from A sending the change to B's
// cache holding it. Prints p50, p95 and the worst (target p95 < 1 s). Run by bench_propagation.sh.
//
//   bench_propagation --write URL --listen URL --token TOKEN [--trust-cert PEM] [--changes 500]

#include "net/DeskSync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace keydesk;

namespace {

// Runs the event loop until `done` or `ms` pass.
bool waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

qint64 percentile(QList<qint64> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())))];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption write(QStringLiteral("write"), QStringLiteral("Desk A's server."),
                                   QStringLiteral("url"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Desk B's server."),
                                    QStringLiteral("url"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("An API token."),
                                   QStringLiteral("token"));
    const QCommandLineOption trust(QStringLiteral("trust-cert"), QStringLiteral("PEM to trust."),
                                   QStringLiteral("file"));
    const QCommandLineOption changes(QStringLiteral("changes"), QStringLiteral("How many."),
                                     QStringLiteral("n"), QStringLiteral("500"));
    parser.addOptions({write, listen, token, trust, changes});
    parser.process(app);
    const int count = parser.value(changes).toInt();

    net::RemoteServer serverA{
        QUrl(parser.value(write)), parser.value(token).toLatin1(), parser.value(trust), {}};
    net::RemoteServer serverB = serverA;
    serverB.url = QUrl(parser.value(listen));
    auto deskA = net::makeRemoteAdminClient(serverA);

    QTemporaryDir dir;
    net::DeskSyncOptions options;
    options.server = serverB;
    options.cachePath = dir.filePath(QStringLiteral("desk-b.sqlite"));
    options.operatorName = QStringLiteral("bench");
    net::DeskSync deskB(options);

    // B's side: after each sync, whether the change A is waiting for has arrived, and when.
    QSqlDatabase cache;
    QString awaited;
    QElapsedTimer sentAt;
    qint64 arrivedMs = -1;
    bool first = true;
    QObject::connect(&deskB, &net::DeskSync::synced, &app, [&](const SyncOutcome&) {
        if (first) {
            first = false;
            cache = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("desk-b"));
            cache.setDatabaseName(options.cachePath);
            cache.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            cache.open();
        }
        if (awaited.isEmpty() || arrivedMs >= 0)
            return;
        QSqlQuery query(cache);
        query.prepare(QStringLiteral("SELECT 1 FROM users WHERE email = ?"));
        query.addBindValue(awaited);
        if (query.exec() && query.next())
            arrivedMs = sentAt.elapsed();
    });
    deskB.start();
    if (!waitFor([&] { return deskB.link() == net::DeskSync::Link::Live && !first; }, 60'000)) {
        std::fprintf(stderr, "bench_propagation: desk B is not live: %s\n", qPrintable(deskB.problem()));
        return 1;
    }

    QList<qint64> latencies;
    QList<qint64> writes;
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < count; ++i) {
        awaited = QStringLiteral("prop-%1-%2@example.com").arg(run).arg(i);
        arrivedMs = -1;
        sentAt.start();
        const net::ApiAnswer added =
            deskA->call("POST", QStringLiteral("/users"), {},
                        QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Propagation %1").arg(i)},
                                    {QStringLiteral("email"), awaited}});
        writes << sentAt.elapsed();
        if (added.status != 201) {
            std::fprintf(stderr, "bench_propagation: desk A's change was refused (%d): %s\n", added.status,
                         qPrintable(added.message()));
            return 1;
        }
        if (!waitFor([&] { return arrivedMs >= 0; }, 10'000)) {
            std::fprintf(stderr, "bench_propagation: change %d did not reach desk B in 10 s\n", i);
            return 1;
        }
        latencies << arrivedMs;
    }
    std::printf("  %d changes, desk A -> desk B (from A sending to B's cache holding it):\n", count);
    std::printf("    p50 %lld ms, p95 %lld ms, worst %lld ms\n", percentile(latencies, 0.5),
                percentile(latencies, 0.95), *std::max_element(latencies.cbegin(), latencies.cend()));
    std::printf("    desk A's own request: p50 %lld ms, p95 %lld ms\n", percentile(writes, 0.5),
                percentile(writes, 0.95));
    return 0;
}
