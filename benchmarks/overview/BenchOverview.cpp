// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The Overview on a large database: each aggregate query with its time (first run, then the
// median of five), and the page's first paint: from constructing it to every figure shown.
// Target: first paint < 1 s on 1,000,000 users.
//
//   build/benchmarks/bench_overview DB
//
// DB is a KeyDesk database (`keydesk-cli --database DB demo create --users 1000000`). One without
// keys first gets a seeded random rollout (tests/support/KeyHistory: about 780,000 keys for 1M
// users, links, emails), written once into DB. With a key policy set (`settings set
// policy.device_bound_only true`, `groups policy …`), the count of active keys it refuses is
// part of the attention figures.
#include "core/Core.h"
#include "core/store/Store.h"
#include "gui/OverviewPage.h"
#include "support/KeyHistory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace keydesk;

namespace {

// Runs `query` six times: prints the first time and the median of the other five.
void measure(const char* name, const std::function<bool()>& query)
{
    QList<double> ms;
    for (int i = 0; i < 6; ++i) {
        QElapsedTimer t;
        t.start();
        if (!query()) {
            std::printf("%-28s failed\n", name);
            return;
        }
        ms << t.nsecsElapsed() / 1e6;
    }
    const double first = ms.takeFirst();
    std::sort(ms.begin(), ms.end());
    std::printf("%-28s first %8.1f ms   median %8.1f ms\n", name, first, ms.at(ms.size() / 2));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_overview DB\n");
        return 2;
    }
    auto core = Core::open(QString::fromLocal8Bit(argv[1]), Core::Options{{}, false, nullptr});
    if (!core) {
        std::fprintf(stderr, "%s\n", qPrintable(core.error()));
        return 1;
    }
    Core& c = *core.value();
    QSqlQuery count(c.store().database().connection());
    count.exec(QStringLiteral("SELECT count(*) FROM security_keys"));
    count.next();
    if (count.value(0).toLongLong() == 0) {
        QElapsedTimer t;
        t.start();
        test::seedKeyHistory(c.store(), 1, c.clock().now().toMSecsSinceEpoch());
        std::printf("seeded a rollout in %.1f s\n", t.elapsed() / 1000.0);
    }
    count.exec(QStringLiteral("SELECT (SELECT n FROM user_count), (SELECT count(*) FROM security_keys), "
                              "(SELECT count(*) FROM group_members), (SELECT count(*) FROM outbox)"));
    count.next();
    std::printf("users %lld, keys %lld, memberships %lld, emails %lld\n", count.value(0).toLongLong(),
                count.value(1).toLongLong(), count.value(2).toLongLong(), count.value(3).toLongLong());
    count.finish();

    // The page first, on a cold connection cache: what an operator waits for.
    {
        QElapsedTimer t;
        t.start();
        gui::OverviewPage page(c);
        page.resize(1200, 800);
        page.show();
        const bool first = QTest::qWaitFor([&] { return page.figures().enrollment.has_value(); }, 30'000);
        std::printf("first paint (enrollment)     %8.1f ms%s\n", t.nsecsElapsed() / 1e6,
                    first ? "" : " (timed out)");
        const bool done = QTest::qWaitFor([&] { return page.isComplete(); }, 30'000);
        std::printf("every figure shown           %8.1f ms%s\n", t.nsecsElapsed() / 1e6,
                    done ? "" : " (timed out)");
    }

    OverviewService overview = c.overview();
    measure("enrollment, all users", [&] { return overview.enrollment().ok(); });
    measure("disabled users", [&] { return overview.disabledUsers().ok(); });
    measure("enrollment per group", [&] { return overview.groupEnrollment().ok(); });
    measure("links expiring in 24 h", [&] { return c.keys().count(overview.expiringSoonList()).ok(); });
    measure("emails failed", [&] { return c.outbox().count(OutboxStatus::Failed).ok(); });
    measure("emails stuck", [&] { return c.outbox().countStuck().ok(); });
    measure("stale keys", [&] {
        auto query = overview.staleKeysList();
        return query && c.keys().count(query.value()).ok();
    });
    // Only with a key policy set (settings policy.*, or a group's): none, and it is not read.
    measure("keys a key policy refuses", [&] {
        auto query = overview.policyBreachesList();
        return query && (!query.value() || c.keys().count(*query.value()).ok());
    });
    measure("attention (all)", [&] { return overview.attention().ok(); });
    measure("workflows' last runs", [&] { return overview.workflowRuns().ok(); });
    measure("recent activity (10)", [&] { return overview.recentActivity(10).ok(); });
    return 0;
}
