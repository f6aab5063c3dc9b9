// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "CliContext.h"

#include <QCommandLineParser>
#include <QList>

#include <functional>

namespace keydesk::cli {

// One `keydesk-cli <group> <verb>` command: its help, its options and what it does.
struct Command
{
    QString group;
    QString verb;
    QString summary;
    QList<std::pair<QString, QString>> positionals; // name, description
    int requiredPositionals = 0;
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<int(CliContext&, const QCommandLineParser&)> run;
    // Runs with --server too: through the admin API, or touching no data at all. The others
    // work on a database file.
    bool overAdminApi = false;
};

// `commands`, each marked as running with --server.
QList<Command> overAdminApi(QList<Command> commands);

QList<Command> userCommands();
QList<Command> groupCommands();
QList<Command> directoryCommands();
QList<Command> operatorCommands();
QList<Command> accessCommands();
QList<Command> auditCommands();
QList<Command> demoCommands();
QList<Command> webauthnCommands();
QList<Command> keyCommands();
QList<Command> verificationCommands();
QList<Command> windowsLogonCommands();
QList<Command> serverCommands();
QList<Command> workflowCommands();
QList<Command> dbCommands();
QList<Command> loginCommands();
QList<Command> cacheCommands();
QList<Command> reportCommands();

// The session `keydesk-cli login` kept for `server` on this machine; empty when none.
QString keptSession(const QUrl& server);

// After an admin API change that may have brought users into a workflow's scope (user added or
// enabled, group member added, import): says what the enabled workflows did (the answer's
// "workflows"); their problems are reported, not fatal.
void reportWorkflows(CliContext& context, const QJsonObject& answer);

// `users import FILE [--dry-run]`.
int runUserImport(CliContext& context, const QString& path, bool dryRun);
// Shared by `users list` and `groups members`; `group` is an id or name.
int listGroupMembers(CliContext& context, const QCommandLineParser& parser, const QString& group);
void addPagingOptions(QCommandLineParser& parser);

// Parses argv and runs the command; returns the process exit code.
int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err);
// Whether the command line asks for a PDF (--format pdf), whose text needs the fonts of a
// QGuiApplication: main() looks before it makes its application object.
bool drawsPdf(int argc, const char* const* argv);

} // namespace keydesk::cli
