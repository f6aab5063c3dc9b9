// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// `keydesk-cli users import`: the file goes to the admin API in parts (POST /imports, PUT
// /imports/{id}/parts/{n}), then one all-or-nothing import of the whole (POST /imports/{id}/users)
// — on a database file in this process, at a team server over HTTPS.
#include "Command.h"
#include "TablePrinter.h"

#include "core/import/ImportJson.h"
#include "core/import/UserCsvImporter.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>

#include <unistd.h>

namespace keydesk::cli {

namespace {

// Progress on stderr: a rewriting line on a terminal, a line per tenth otherwise.
class ProgressLine
{
public:
    ProgressLine(QTextStream& err, const char* doing, const char* unit, bool onTerminalOnly)
        : m_err(err), m_doing(doing), m_unit(unit), m_terminal(isatty(STDERR_FILENO) == 1),
          m_silent(onTerminalOnly && !m_terminal)
    {}

    void show(qint64 done, qint64 total)
    {
        if (m_silent)
            return;
        const qint64 tenth = total > 0 ? done * 10 / total : 10;
        if (m_terminal) {
            m_err << '\r' << m_doing << ": " << done << '/' << total << ' ' << m_unit;
            if (done == total)
                m_err << '\n';
        } else if (tenth != m_lastTenth) {
            m_err << m_doing << ": " << done << '/' << total << ' ' << m_unit << '\n';
        }
        m_err.flush();
        m_lastTenth = tenth;
    }

private:
    QTextStream& m_err;
    const char* m_doing;
    const char* m_unit;
    bool m_terminal;
    bool m_silent;
    qint64 m_lastTenth = -1;
};

int notImported(CliContext& ctx, const QString& path, const QString& why)
{
    ctx.err() << "keydesk-cli: " << path << " was not imported; nothing was changed:\n";
    for (const QString& line : why.split(u'\n'))
        ctx.err() << "  " << line << '\n';
    ctx.err().flush();
    return ExitFailed;
}

// The first changes, one line each, so an operator can check a file before importing it.
void printChanges(QTextStream& out, const QList<UserImportChange>& changes)
{
    constexpr qsizetype kShown = 50;
    TablePrinter table({QStringLiteral("LINE"), QStringLiteral("ACTION"), QStringLiteral("EMAIL"),
                        QStringLiteral("DETAILS")});
    for (qsizetype i = 0; i < std::min(kShown, changes.size()); ++i) {
        const UserImportChange& c = changes[i];
        table.addRow({QString::number(c.line), c.action, c.email, c.details.join(QStringLiteral("; "))});
    }
    if (changes.isEmpty())
        return;
    out << '\n';
    table.print(out);
    if (changes.size() > kShown)
        out << "... and " << changes.size() - kShown << " more changes (--json lists them all)\n";
}

void printSummary(CliContext& ctx, const QJsonObject& answer, qint64 tookMs)
{
    if (ctx.json) {
        QJsonObject json = answer;
        json.remove(QStringLiteral("workflows")); // said on stderr, as after every scope change
        ctx.printJson(json);
        return;
    }
    const UserImportSummary s = importSummaryFromJson(answer);
    QTextStream& out = ctx.out();
    out << (s.dryRun ? "dry run, nothing was changed; the import would:\n" : "imported ")
        << (s.dryRun ? "  " : "") << s.rows << " rows: " << s.created << " users created, " << s.updated
        << " updated, " << s.unchanged << " unchanged, " << s.membershipsAdded << " group memberships added";
    if (!s.groupsCreated.isEmpty())
        out << ", new groups: " << s.groupsCreated.join(QStringLiteral(", "));
    out << " (" << tookMs << " ms)\n";
    if (s.dryRun)
        printChanges(out, s.changes);
}

} // namespace

int runUserImport(CliContext& ctx, const QString& path, bool dryRun)
{
    QElapsedTimer timer;
    timer.start();
    auto bytes = UserCsvImporter::loadFile(path);
    if (!bytes)
        return notImported(ctx, path, bytes.error());
    const QByteArray& file = bytes.value();

    auto upload =
        ctx.call("POST", QStringLiteral("/imports"), {},
                 {{QStringLiteral("name"), QFileInfo(path).fileName()},
                  {QStringLiteral("size"), file.size()},
                  {QStringLiteral("sha256"),
                   QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex())}});
    if (!upload)
        return ExitFailed;
    const QString id = upload->value(QStringLiteral("id")).toString();
    const QString uploadPath = QStringLiteral("/imports/") + pathSegment(id);
    const qint64 partBytes = upload->value(QStringLiteral("part_bytes")).toInteger();
    const qint64 parts = upload->value(QStringLiteral("parts")).toInteger();
    // What was sent goes again if anything below fails; a file a server refused is used up.
    const auto discard = [&] {
        ctx.admin()->call("DELETE", uploadPath, {}, {});
    };

    ProgressLine sending(ctx.err(), "sending", "parts", true);
    for (qint64 part = 0; part < parts; ++part) {
        auto sent = ctx.send({"PUT",
                              uploadPath + QStringLiteral("/parts/%1").arg(part),
                              {},
                              "application/octet-stream",
                              file.mid(part * partBytes, partBytes),
                              {}});
        if (!sent) {
            discard();
            return ExitFailed;
        }
        if (parts > 1)
            sending.show(part + 1, parts);
    }

    ProgressLine importing(ctx.err(), "importing", "rows", false);
    ApiRequest request{
        "POST",
        uploadPath + QStringLiteral("/users"),
        {},
        "application/json",
        QJsonDocument(QJsonObject{{QStringLiteral("dry_run"), dryRun}}).toJson(QJsonDocument::Compact),
        [&](qint64 done, qint64 total) {
            importing.show(done, total);
            return true;
        }};
    AdminClient* client = ctx.admin();
    const ApiAnswer answer = client->send(request);
    if (dryRun)
        discard();
    if (answer.status == 422)
        return notImported(ctx, path, answer.message());
    if (!answer.ok())
        return ctx.fail(answer.message().isEmpty()
                            ? QStringLiteral("the server answered %1").arg(answer.status)
                            : answer.message());
    printSummary(ctx, answer.body, timer.elapsed());
    if (!dryRun)
        reportWorkflows(ctx, answer.body);
    return ExitOk;
}

} // namespace keydesk::cli
