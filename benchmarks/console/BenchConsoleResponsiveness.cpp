// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Does a burst of phones freeze the operator's window? The console's own enrollment server (as
// KeyServices runs it for the console) serves N phones that activate at once — options, then the
// attestation verified by the relying party — while a 10 ms timer on the GUI thread measures how
// late the event loop is. The phones run on their own thread, each with its own connections, so
// only the console's work lands on the GUI thread. Prints the timer's lateness (p50, p99, max)
// idle and under the burst, and the activations per second.
//
//   QT_QPA_PLATFORM=offscreen build/benchmarks/bench_console_responsiveness [phones=200] [rounds=3]
#include "authenticator/SoftwareAuthenticator.h"
#include "core/activation/KeyEnrollment.h"
#include "core/store/Store.h"
#include "gui/KeyServices.h"
#include "phone/PhoneClient.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

using namespace keydesk;

namespace {

// The phones: one client (own connection pool) per phone, all on the thread this lives on.
class PhoneCrowd : public QObject
{
    Q_OBJECT

public:
    void activateAll(const QStringList& links)
    {
        m_left = int(links.size());
        m_ok = 0;
        for (const QString& link : links) {
            auto* client = new phone::PhoneClient(m_authenticator, this);
            client->activate(QUrl(link), {}, [this](phone::PhoneActivation result) {
                m_ok += result.reply.ok() ? 1 : 0;
                if (--m_left == 0)
                    Q_EMIT finished(m_ok);
            });
        }
    }

Q_SIGNALS:
    void finished(int ok);

private:
    authenticator::SoftwareAuthenticator m_authenticator;
    int m_left = 0;
    int m_ok = 0;
};

// Lateness of a 10 ms timer on this (the GUI) thread, in microseconds.
class LatenessProbe : public QObject
{
public:
    LatenessProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_samples.push_back(std::max<qint64>(0, (now - m_last) / 1000 - 10'000));
            m_last = now;
        });
    }
    void start()
    {
        m_samples.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    std::vector<qint64> stop()
    {
        m_timer.stop();
        return m_samples;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<qint64> m_samples;
};

double percentileMs(std::vector<qint64> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const size_t at = std::min(samples.size() - 1, size_t(p * double(samples.size() - 1) + 0.5));
    return samples[at] / 1000.0;
}

void print(const char* what, const std::vector<qint64>& samples)
{
    std::printf("%-34s %6zu ticks  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms\n", what, samples.size(),
                percentileMs(samples, 0.5), percentileMs(samples, 0.99), percentileMs(samples, 1.0));
}

// Runs the event loop until `done` or `ms` pass. It sleeps between events, as a console does:
// processEvents(flags, ms) would spin, taking a core from the server and the phones. The
// probe's 10 ms timer wakes it often enough to see `done`.
void waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int phones = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    if (phones < 1 || rounds < 1)
        qFatal("usage: bench_console_responsiveness [phones=200] [rounds=3]");
    QLoggingCategory::setFilterRules(QStringLiteral("keydesk.*.info=false\nqt.*=false"));

    QTemporaryDir dir;
    auto opened = Core::open(dir.filePath(QStringLiteral("bench.sqlite")), {});
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    Store& store = opened.value()->store();
    gui::KeyServices services(*opened.value());
    net::ServerOptions options;
    options.port = 0;
    // Every phone is 127.0.0.1 and each may open several connections: the caps must not be what
    // is measured here.
    options.limits.maxConnectionsPerClient = 8 * phones;
    options.limits.maxConnections = 8 * phones;
    if (Status s = services.startServer(options); !s)
        qFatal("%s", qPrintable(s.error()));

    QThread phoneThread;
    phoneThread.start();
    auto* crowd = new PhoneCrowd;
    crowd->moveToThread(&phoneThread);
    int finishedOk = -1;
    QObject::connect(crowd, &PhoneCrowd::finished, &app, [&](int ok) { finishedOk = ok; });

    LatenessProbe probe;
    probe.start();
    waitFor([] { return false; }, 1000);
    print("idle (server listening)", probe.stop());

    std::vector<qint64> underLoad;
    int activated = 0;
    QElapsedTimer burst;
    qint64 burstNs = 0;
    for (int round = 0; round < rounds; ++round) {
        // Users and their Activate Now links, made before the clock starts.
        QStringList links;
        auto enrollment = services.enrollment();
        if (!enrollment)
            qFatal("%s", qPrintable(enrollment.error()));
        for (int i = 0; i < phones; ++i) {
            const QString email = QStringLiteral("user%1.%2@example.com").arg(round).arg(i);
            auto user = store.users().create(UserFields{email.section(u'@', 0, 0), email, {}, {}},
                                             UserSource::Manual);
            if (!user)
                qFatal("%s", qPrintable(user.error()));
            auto issued = enrollment.value().assign(user.value(), {});
            if (!issued)
                qFatal("%s", qPrintable(issued.error()));
            links << issued->link;
        }
        finishedOk = -1;
        probe.start();
        burst.start();
        QMetaObject::invokeMethod(crowd, [crowd, links] { crowd->activateAll(links); });
        waitFor([&] { return finishedOk >= 0; }, 120'000);
        burstNs += burst.nsecsElapsed();
        const std::vector<qint64> samples = probe.stop();
        underLoad.insert(underLoad.end(), samples.begin(), samples.end());
        if (finishedOk < 0)
            qFatal("round %d: the phones did not finish within 120 s", round);
        activated += finishedOk;
    }
    QMetaObject::invokeMethod(crowd, &QObject::deleteLater);
    phoneThread.quit();
    phoneThread.wait();

    std::printf("%d phones at once, %d rounds: %d of %d activated, %.0f activations/s\n", phones, rounds,
                activated, phones * rounds, activated / (burstNs / 1e9));
    print("under the burst (GUI thread)", underLoad);
    return activated == phones * rounds ? 0 : 1;
}

#include "BenchConsoleResponsiveness.moc"
