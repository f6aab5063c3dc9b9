// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// "Verify now" end to end: N verifications of one key, each started as the console starts it
// (a durable transaction) and answered by the virtual phone over HTTP on loopback (options, then
// the assertion: verified by the RP and recorded with the key's stamp in a second transaction).
// Prints verifications per second, the relying party alone on the same assertion, and SQLite's
// durable commits per second on this disk, which bound the end-to-end figure.
//
//   build/benchmarks/bench_verification [verifications=500]
#include "integration/EnrollmentHarness.h"

#include "webauthn/AuthenticationVerifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <cstdio>

using namespace keydesk;
using namespace keydesk::test;

namespace {

// Durable write transactions per second on this store's file (synchronous=FULL, WAL).
double commitsPerSecond(Store& store, int count)
{
    QSqlQuery q(store.database().connection());
    q.exec(QStringLiteral("CREATE TABLE bench_commits (n INTEGER)"));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        Transaction tx(store.database());
        q.exec(QStringLiteral("INSERT INTO bench_commits VALUES (%1)").arg(i));
        if (!tx.commit())
            qFatal("commit failed");
    }
    return count / (timer.nsecsElapsed() / 1e9);
}

// The phone answers; the event loop ends with its callback (no polling in the measurement).
bool verify(EnrollmentHarness& h, const QString& link)
{
    bool ok = false;
    QEventLoop loop;
    h.phone.verify(QUrl(link), h.wallet, authenticator::Tamper::None, [&](phone::PhoneVerification r) {
        ok = r.reply.ok();
        loop.quit();
    });
    loop.exec();
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 500;
    if (n < 1)
        qFatal("usage: bench_verification [verifications=500]");
    QLoggingCategory::setFilterRules(QStringLiteral("keydesk.*.info=false"));

    EnrollmentHarness h;
    h.store.clock().set(QDateTime::currentDateTimeUtc());
    const User user = h.addUser(QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.com"));
    if (!h.activate(h.assign(user).link).reply.ok())
        qFatal("activation failed");
    const qint64 keyId = h.store->keys().list(KeyStatus::Active, 1).value().first().key.id;
    for (int i = 0; i < 10; ++i) // warm-up: connections, prepared statements
        verify(h, h.startVerification(keyId).link);

    QElapsedTimer timer;
    qint64 startNs = 0;
    timer.start();
    for (int i = 0; i < n; ++i) {
        QElapsedTimer start;
        start.start();
        const VerificationLink link = h.startVerification(keyId);
        startNs += start.nsecsElapsed();
        if (!verify(h, link.link))
            qFatal("verification %d failed", i);
    }
    const double seconds = timer.nsecsElapsed() / 1e9;

    // The relying party alone: the same kind of assertion, verified in memory.
    const SecurityKey key = h.store->keys().findById(keyId).value().value().key;
    authenticator::SoftwareCredential credential = h.wallet.credentials().first();
    authenticator::AssertionRequest request;
    request.challenge = QByteArray(32, 'c');
    request.rpId = QStringLiteral("localhost");
    request.origin = h.server->listeningUrl();
    const QByteArray assertion = h.authenticator.getAssertion(credential, request, nullptr)->toJson();
    webauthn::AuthenticationExpectations expected;
    expected.ceremony.challenge = request.challenge;
    expected.ceremony.rpId = request.rpId;
    expected.ceremony.origins = {request.origin};
    expected.credential.id = key.credentialId;
    expected.credential.publicKeyCose = key.publicKeyCose;
    expected.credential.signCount = 0;
    int rpRuns = 0;
    QElapsedTimer rp;
    rp.start();
    while (rp.elapsed() < 1000) {
        if (!webauthn::verifyAuthentication(assertion, expected).verified())
            qFatal("the RP refused the benchmark assertion");
        ++rpRuns;
    }
    const double rpRate = rpRuns / (rp.nsecsElapsed() / 1e9);
    const double commitRate = commitsPerSecond(*h.store, 500);

    const double rate = n / seconds;
    std::printf("verifications end to end (start + options + assertion over HTTP): %d in %.2f s = %.0f/s, "
                "%.2f ms each (start %.2f ms)\n",
                n, seconds, rate, 1000 * seconds / n, startNs / 1e6 / n);
    std::printf("relying party alone (ES256 assertion, in memory): %.0f/s\n", rpRate);
    std::printf("durable SQLite commits on this disk: %.0f/s (a verification makes 2)\n", commitRate);
    return 0;
}
