// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// Users benchmark: open a (large) database in the real console, time the first page of All Users,
// then search-as-you-type latency for 20 prefixes, and peak memory. One figure per line.
//
//   keydesk-cli --database /tmp/million.sqlite demo create --users 1000000
//   QT_QPA_PLATFORM=offscreen build/benchmarks/bench_users /tmp/million.sqlite
//
// The same on PostgreSQL: a postgresql:// URL for DATABASE (password in PGPASSWORD).

#include "gui/MainWindow.h"
#include "gui/UserTableModel.h"
#include "gui/UsersPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using keydesk::gui::MainWindow;

namespace {

// What a visible page needs: the count and every cell of the rows on screen.
void touchVisibleRows(QAbstractItemModel* model, int rows)
{
    for (int r = 0; r < std::min(rows, model->rowCount()); ++r) {
        for (int c = 0; c < model->columnCount(); ++c)
            (void)model->index(r, c).data();
    }
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const size_t lo = size_t(rank);
    const size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (values[hi] - values[lo]) * (rank - double(lo));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 2 ||
        (!QFileInfo::exists(args.at(1)) && !args.at(1).startsWith(QLatin1String("postgresql://")))) {
        std::fprintf(stderr,
                     "usage: bench_users DATABASE (make one with: keydesk-cli --database DATABASE demo "
                     "create --users 1000000)\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    MainWindow window(QStringLiteral("benchmark@keydesk"));
    QString error;
    if (!window.openDatabase(args.at(1), &error)) {
        std::fprintf(stderr, "bench_users: %s\n", qPrintable(error));
        return 1;
    }
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    auto* table = window.findChild<QTableView*>(QStringLiteral("usersTableView"));
    const int visible =
        std::max(1, table->viewport()->height() / std::max(1, table->verticalHeader()->defaultSectionSize()));
    touchVisibleRows(table->model(), visible);
    QApplication::processEvents();
    const double firstPageMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("users: %d\n", table->model()->rowCount());
    std::printf("open_database_and_model_ms: %.1f\n", openMs);
    std::printf("first_page_ms: %.1f\n", firstPageMs);

    // Prefixes as an operator types them: names, surnames, emails and departments, 1-5 letters.
    const QStringList prefixes = {
        QStringLiteral("j"),     QStringLiteral("ja"),  QStringLiteral("jav"),     QStringLiteral("javi"),
        QStringLiteral("m"),     QStringLiteral("mu"),  QStringLiteral("mul"),     QStringLiteral("müll"),
        QStringLiteral("s"),     QStringLiteral("si"),  QStringLiteral("sin"),     QStringLiteral("singh"),
        QStringLiteral("fin"),   QStringLiteral("eng"), QStringLiteral("leg"),     QStringLiteral("zo"),
        QStringLiteral("zoe w"), QStringLiteral("nak"), QStringLiteral("ana nov"), QStringLiteral("obri")};
    auto* model = window.usersPage()->model();
    std::vector<double> latencies;
    for (const QString& prefix : prefixes) {
        QElapsedTimer t;
        t.start();
        model->setSearch(prefix);
        touchVisibleRows(model, visible);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        latencies.push_back(ms);
        std::printf("search_ms[%s]: %.1f (%d matches)\n", qPrintable(prefix), ms, model->rowCount());
    }
    std::printf("search_median_ms: %.1f\n", percentile(latencies, 0.5));
    std::printf("search_p95_ms: %.1f\n", percentile(latencies, 0.95));
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak_rss_mb: %.1f\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
