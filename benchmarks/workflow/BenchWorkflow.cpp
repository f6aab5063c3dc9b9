// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// A Security Key Device Assignment workflow over a 100,000-user database, all in scope. Prints
// the first run's time and peak RSS, the second (no-op) run's time, and — measured in the same
// process — the floor: inserting as many key, activation and outbox rows with plain prepared
// statements in one transaction. Targets: first run <= 4 x floor and < 10 s, second < 1 s,
// RSS < 300 MB.
//
//   build/benchmarks/bench_workflow [users=100000] [batch size] [WORKFLOW_DB FLOOR_DB]
//
// On PostgreSQL: WORKFLOW_DB and FLOOR_DB are two empty databases' postgresql:// URLs (password
// in PGPASSWORD); without them the run is on SQLite files in a temporary folder.
#include "core/demo/DemoDataGenerator.h"
#include "core/store/Store.h"
#include "core/workflow/WorkflowEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace keydesk;

namespace {

// Peak resident memory since the last reset, from /proc (Linux).
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

std::unique_ptr<Store> open(const QString& path)
{
    auto store = Store::open(path);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    return std::move(store).value();
}

// The floor: the same number of key, activation and outbox rows, one prepared INSERT each, in
// one transaction, with random 32-byte hashes like real ones.
double floorSeconds(const QString& path, qint64 users)
{
    auto store = open(path);
    QSqlDatabase db = store->database().connection();
    QElapsedTimer timer;
    timer.start();
    if (!store->database().begin())
        qFatal("floor: cannot begin");
    QSqlQuery key(db), activation(db), outbox(db);
    key.prepare(
        QStringLiteral("INSERT INTO security_keys (user_id, type, label, status, settings, workflow_id, "
                       "created_at) VALUES (?, 'smartphone', 'Smartphone', 'pending', '{}', NULL, 1)"));
    activation.prepare(
        QStringLiteral("INSERT INTO activations (key_id, method, token_hash, manual_code_hash, created_at, "
                       "expires_at) VALUES (?, 'email', ?, ?, 1, 2)"));
    outbox.prepare(QStringLiteral("INSERT INTO outbox (idempotency_key, recipient, subject, mime, payload, "
                                  "message_id, next_attempt_at, created_at) VALUES (?, 'user@example.com', "
                                  "'Activate', %1, ?, ?, 1, 1)")
                       .arg(store->database().emptyBlob()));
    QByteArray hash(32, Qt::Uninitialized);
    QByteArray code(32, Qt::Uninitialized);
    for (qint64 u = 1; u <= users; ++u) {
        key.addBindValue(u);
        if (!key.exec())
            qFatal("floor: key insert failed");
        const qint64 keyId = key.lastInsertId().toLongLong();
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(hash.data()), 8);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(code.data()), 8);
        activation.addBindValue(keyId);
        activation.addBindValue(hash);
        activation.addBindValue(code);
        if (!activation.exec())
            qFatal("floor: activation insert failed");
        outbox.addBindValue(
            QStringLiteral("activation-email:%1").arg(activation.lastInsertId().toLongLong()));
        outbox.addBindValue(QStringLiteral("{\"kind\":\"activation\"}"));
        outbox.addBindValue(QStringLiteral("<%1@bench>").arg(u));
        if (!outbox.exec())
            qFatal("floor: outbox insert failed");
    }
    if (!store->database().commit())
        qFatal("floor: cannot commit");
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 users = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 100'000;
    const int batch = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : WorkflowRunOptions{}.batchSize;
    QTemporaryDir dir;
    const bool postgres = argc > 4;
    const QString path =
        postgres ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("workflow.sqlite"));
    const QString floorPath =
        postgres ? QString::fromLocal8Bit(argv[4]) : dir.filePath(QStringLiteral("floor.sqlite"));
    // The same users in both: a copy of the file, or the same demo generated twice.
    for (const QString& database : postgres ? QStringList{path, floorPath} : QStringList{path}) {
        auto store = open(database);
        if (auto made = DemoDataGenerator::generate(*store, users); !made)
            qFatal("%s", qPrintable(made.error()));
        // Everybody in scope: no disabled users.
        QSqlQuery q(store->database().connection());
        q.exec(QStringLiteral("UPDATE users SET enabled = 1"));
    }
    if (!postgres) { // the file and the code key beside it
        QFile::copy(path, floorPath);
        QFile::copy(path + QStringLiteral(".key"), floorPath + QStringLiteral(".key"));
    }
    std::printf(
        "workflow over %lld users on %s, all in scope (demo data, every user enabled), batches of %d\n",
        users, postgres ? "PostgreSQL" : "SQLite", batch);

    auto store = open(path);
    auto workflow = store->workflows().create(QStringLiteral("Everyone"), {}, KeyType::Smartphone, {});
    WorkflowRunOptions options;
    options.batchSize = batch;
    options.config =
        EnrollmentConfig::fromValues(QStringLiteral("https://keys.example.com"), {}, {}, {}).value();
    WorkflowEngine engine(*store, options);

    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    auto first = engine.run(workflow.value(), RunTrigger::Submit);
    const double firstSeconds = timer.nsecsElapsed() / 1e9;
    const qint64 rss = peakRssKiB();
    if (!first || first->keysAssigned != users)
        qFatal("first run: %s", first ? "not every user got a key" : qPrintable(first.error()));
    timer.restart();
    auto second = engine.run(workflow.value(), RunTrigger::Timer);
    const double secondSeconds = timer.nsecsElapsed() / 1e9;
    if (!second || second->keysAssigned != 0)
        qFatal("second run: %s", second ? "it assigned keys" : qPrintable(second.error()));
    store.reset();

    const double floor = floorSeconds(floorPath, users);
    std::printf("  first run   %7.2f s  (%lld keys, activations and queued emails, %lld outcomes, %lld audit "
                "events)\n",
                firstSeconds, first->keysAssigned, users, users);
    std::printf("  peak RSS    %7.1f MB during the first run\n", rss / 1024.0);
    std::printf("  second run  %7.2f s  (no-op: %lld users skipped)\n", secondSeconds, second->usersSkipped);
    std::printf("  floor       %7.2f s  (3 x %lld plain prepared INSERTs, one transaction)\n", floor, users);
    std::printf("  first / floor = %.2f (target <= 4)\n", firstSeconds / floor);
    return 0;
}
