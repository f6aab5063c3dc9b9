// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// A directory sync at scale against slapd on loopback (tests/support/SlapdServer): N users
// (inetOrgPerson, 100,000) in G groups (1,000) of which every tenth holds ten others (nested),
// each user a member of two groups; read as the sync account, which the size limit of 500 holds
// to paged results. Printed: the first full sync (creating every user), a full sync with
// nothing changed, ldapsearch dumping the same entries and attributes in the same run (the
// floor; target: full sync <= 3 x), an incremental sync after 100 users changed (target < 2 s),
// and this process's peak RSS.
//
//   build/benchmarks/bench_directory_sync [users=100000] [groups=1000]
#include "core/Core.h"
#include "core/store/Store.h"
#include "directory/LdapSync.h"
#include "support/SlapdServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace keydesk;
using keydesk::test::SlapdServer;

namespace {

QString userDn(int i)
{
    return QStringLiteral("uid=u%1,ou=People,dc=example,dc=com").arg(i);
}

QString groupDn(int g)
{
    return QStringLiteral("cn=g%1,ou=Groups,dc=example,dc=com").arg(g);
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// Adds `ldif` in parts, so that no single ldapadd holds the whole tree.
void addAll(SlapdServer& slapd, const QStringList& entries)
{
    const qsizetype part = 5000;
    for (qsizetype at = 0; at < entries.size(); at += part) {
        if (Status s = slapd.add(entries.mid(at, part).join(QString())); !s)
            qFatal("%s", qPrintable(s.error()));
    }
}

// ldapsearch as the sync account, paged, the same filter and attributes as the sync; its output
// is read and dropped. Milliseconds.
qint64 dump(const SlapdServer& slapd, const QString& filter, const QStringList& attributes)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(QStringLiteral("ldapsearch"),
            QStringList{QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-H"), slapd.url(),
                        QStringLiteral("-D"), SlapdServer::syncDn(), QStringLiteral("-w"),
                        SlapdServer::syncPassword(), QStringLiteral("-b"), SlapdServer::suffix(),
                        QStringLiteral("-E"), QStringLiteral("pr=500/noprompt"), filter} +
                attributes);
    if (!p.waitForFinished(600'000) || p.exitCode() != 0)
        qFatal("ldapsearch failed: %s", p.readAllStandardError().constData());
    return timer.elapsed();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int users = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100'000;
    const int groups = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1000;
    auto slapd = SlapdServer::start();
    if (!slapd)
        qFatal("%s", qPrintable(slapd.error()));

    QElapsedTimer timer;
    timer.start();
    QStringList entries{
        QStringLiteral("dn: ou=People,dc=example,dc=com\nobjectClass: organizationalUnit\nou: People\n\n"
                       "dn: ou=Groups,dc=example,dc=com\nobjectClass: organizationalUnit\nou: Groups\n\n")};
    for (int i = 0; i < users; ++i)
        entries << QStringLiteral("dn: %1\nobjectClass: inetOrgPerson\nuid: u%2\ncn: User %2\nsn: %2\n"
                                  "displayName: User %2\nmail: u%2@example.com\ndepartmentNumber: D%3\n\n")
                       .arg(userDn(i))
                       .arg(i)
                       .arg(i % 40);
    // Group g holds the users i with i % groups == g or (i / 7) % groups == g; every tenth group
    // also holds the nine groups after it.
    QList<QStringList> members(groups);
    for (int i = 0; i < users; ++i) {
        members[i % groups] << userDn(i);
        if ((i / 7) % groups != i % groups)
            members[(i / 7) % groups] << userDn(i);
    }
    for (int g = 0; g < groups; ++g) {
        if (g % 10 == 0) {
            for (int child = g + 1; child < std::min(groups, g + 10); ++child)
                members[g] << groupDn(child);
        }
        QString entry = QStringLiteral("dn: %1\nobjectClass: groupOfNames\ncn: g%2\n").arg(groupDn(g)).arg(g);
        for (const QString& dn : std::as_const(members[g]))
            entry += QStringLiteral("member: ") + dn + u'\n';
        entries << entry + u'\n';
    }
    addAll(*slapd.value(), entries);
    std::printf("directory filled: %d users, %d groups in %.1f s (ldapadd)\n", users, groups,
                timer.elapsed() / 1000.0);

    QTemporaryDir dir;
    Core::Options options;
    options.actor = QStringLiteral("bench@desk");
    auto core = Core::open(dir.filePath(QStringLiteral("directory.sqlite")), options);
    if (!core)
        qFatal("%s", qPrintable(core.error()));
    Store& store = core.value()->store();
    LdapSourceConfig config = LdapSourceConfig::defaults(LdapFlavour::OpenLdap);
    config.url = slapd.value()->url();
    config.bindDn = SlapdServer::syncDn();
    config.baseDns = {SlapdServer::suffix()};
    auto added = store.directory().addSource(QStringLiteral("corp"), DirectoryKind::Ldap, config,
                                             LeaverAction::Suspend);
    if (!added)
        qFatal("%s", qPrintable(added.error()));
    const Actor by(QStringLiteral("bench@desk"));
    const auto syncOnce = [&](SyncMode mode, const char* what) {
        auto source = store.directory().findSource(QStringLiteral("corp")).value().value();
        QElapsedTimer t;
        t.start();
        auto report = directory::runLdapSync(store, by, source, mode, false, SlapdServer::syncPassword());
        if (!report)
            qFatal("%s", qPrintable(report.error()));
        const qint64 ms = t.elapsed();
        const DirectoryRun& r = report->run;
        std::printf("%-34s %8.2f s  read %lld, created %lld, updated %lld, memberships +%lld -%lld\n", what,
                    ms / 1000.0, qlonglong(r.entriesRead), qlonglong(r.usersCreated),
                    qlonglong(r.usersUpdated), qlonglong(r.membershipsAdded),
                    qlonglong(r.membershipsRemoved));
        return ms;
    };
    syncOnce(SyncMode::Full, "full sync, first (creates all)");
    const double rssAfterFirst = peakRssMiB();
    const qint64 steady = syncOnce(SyncMode::Full, "full sync, nothing changed");
    const qint64 floorMs =
        dump(*slapd.value(), config.userFilter,
             {config.idAttribute, config.changeAttribute, QStringLiteral("cn"), config.displayNameAttribute,
              config.mailAttribute, config.departmentAttribute}) +
        dump(*slapd.value(), config.groupFilter,
             {config.idAttribute, config.changeAttribute, config.groupNameAttribute,
              QStringLiteral("member")});
    std::printf("%-34s %8.2f s\n", "ldapsearch of the same entries", floorMs / 1000.0);
    std::printf("ratio full sync / ldapsearch: %.2f (target <= 3)\n", double(steady) / double(floorMs));

    QString changes;
    for (int i = 0; i < 100; ++i)
        changes +=
            QStringLiteral("dn: %1\nchangetype: modify\nreplace: displayName\ndisplayName: Changed %2\n\n")
                .arg(userDn(i * (users / 100)))
                .arg(i);
    if (Status s = slapd.value()->modify(changes); !s)
        qFatal("%s", qPrintable(s.error()));
    const qint64 incremental = syncOnce(SyncMode::Incremental, "incremental sync, 100 changes");
    std::printf("incremental: %.2f s (target < 2 s)\n", incremental / 1000.0);
    std::printf("peak RSS: %.0f MiB (after the first sync: %.0f MiB)\n", peakRssMiB(), rssAfterFirst);
    return 0;
}
