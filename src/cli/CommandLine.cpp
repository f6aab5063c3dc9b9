// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Command.h"

#include "core/AppPaths.h"

#include <QCoreApplication>

namespace keydesk::cli {

namespace {

const QCommandLineOption kDatabaseOption(
    QStringLiteral("database"),
    QStringLiteral("KeyDesk database: an SQLite file (default: one in the user's data folder) "
                   "or postgresql://user@host:port/db (password from PGPASSWORD or ~/.pgpass)."),
    QStringLiteral("path|url"));
const QCommandLineOption
    kActorOption(QStringLiteral("actor"),
                 QStringLiteral("Operator name recorded in the audit log (default: user@host)."),
                 QStringLiteral("name"));
const QCommandLineOption kJsonOption(QStringLiteral("json"), QStringLiteral("Print JSON for scripts."));
const QCommandLineOption
    kServerOption(QStringLiteral("server"),
                  QStringLiteral("A team server (keydesk-cli serve) to work on through its admin API "
                                 "instead of a database (default: $KEYDESK_SERVER)."),
                  QStringLiteral("https://host:port"));
const QCommandLineOption
    kTokenOption(QStringLiteral("token"),
                 QStringLiteral("API token or session for --server (default: $KEYDESK_TOKEN, else the "
                                "session 'keydesk-cli login' kept)."),
                 QStringLiteral("secret"));
const QCommandLineOption kTrustCertOption(QStringLiteral("trust-cert"),
                                          QStringLiteral("Trust the server certificate(s) in this PEM file."),
                                          QStringLiteral("file"));

QList<Command> allCommands()
{
    QList<Command> commands;
    commands << userCommands() << windowsLogonCommands() << groupCommands() << directoryCommands()
             << operatorCommands() << accessCommands() << auditCommands() << reportCommands()
             << demoCommands() << keyCommands() << verificationCommands() << workflowCommands()
             << serverCommands() << webauthnCommands() << dbCommands() << loginCommands() << cacheCommands();
    return commands;
}

void printOverview(QTextStream& out)
{
    out << "Usage: keydesk-cli [--database PATH [--actor NAME] | --server URL [--token T]] [--json] "
           "<command> "
           "[options]\n\n"
           "KeyDesk from the command line: everything an operator does in the console.\n\nCommands:\n";
    for (const Command& c : allCommands())
        out << "  " << QString(c.group + u' ' + c.verb).leftJustified(31) << c.summary << '\n';
    out << "\nRun 'keydesk-cli <command> --help' for a command's options.\n"
           "Exit codes: 0 success, 1 the command failed, 2 usage error.\n";
}

bool takesValue(const QString& arg)
{
    return arg == u"--database" || arg == u"--actor" || arg == u"--server" || arg == u"--token" ||
           arg == u"--trust-cert";
}

// --server and its credential; false after printing a usage error.
bool readServer(CliContext& context, const QCommandLineParser& parser, QTextStream& err)
{
    const QString url =
        parser.isSet(kServerOption) ? parser.value(kServerOption) : qEnvironmentVariable("KEYDESK_SERVER");
    if (url.isEmpty())
        return true;
    if (parser.isSet(kDatabaseOption)) {
        err << "keydesk-cli: --database and --server exclude each other\n";
        return false;
    }
    if (parser.isSet(kActorOption)) {
        err << "keydesk-cli: --actor is for direct database access; on a server you act as the operator "
               "you signed in as\n";
        return false;
    }
    const QUrl server(url, QUrl::StrictMode);
    if (!net::isTeamServerUrl(server)) {
        err << "keydesk-cli: --server must be https://host[:port] (plain http only to this machine), not '"
            << url << "'\n";
        return false;
    }
    context.server.url = server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString token =
        parser.isSet(kTokenOption) ? parser.value(kTokenOption) : qEnvironmentVariable("KEYDESK_TOKEN");
    context.server.bearer = token.toLatin1(); // else, when first needed, the session `login` kept
    context.server.trustCertFile = parser.value(kTrustCertOption);
    context.server.knownServersFile = AppPaths::configFile(QStringLiteral("known-servers"));
    return true;
}

} // namespace

QList<Command> overAdminApi(QList<Command> commands)
{
    for (Command& c : commands)
        c.overAdminApi = true;
    return commands;
}

int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    // Global options may stand before the command words; they are handed on to the command's
    // own parser, which knows them too.
    QStringList leading;
    qsizetype i = 1;
    for (; i < arguments.size() && arguments[i].startsWith(u'-'); ++i) {
        const QString& arg = arguments[i];
        if (arg == u"--help" || arg == u"-h") {
            printOverview(out);
            return ExitOk;
        }
        if (arg == u"--version") {
            out << "keydesk-cli " << QCoreApplication::applicationVersion() << '\n';
            return ExitOk;
        }
        leading << arg;
        if (takesValue(arg)) {
            if (i + 1 >= arguments.size()) {
                err << "keydesk-cli: option " << arg << " needs a value\n";
                return ExitUsage;
            }
            leading << arguments[++i];
        }
    }
    if (i >= arguments.size()) {
        printOverview(err);
        return ExitUsage;
    }
    const QString group = arguments[i++];
    const QString verb = i < arguments.size() ? arguments[i] : QString();
    const QList<Command> commands = allCommands();
    auto found = std::find_if(commands.begin(), commands.end(),
                              [&](const Command& c) { return c.group == group && c.verb == verb; });
    // A command without a verb ("serve") takes everything after its name as options.
    const auto verbless = std::find_if(commands.begin(), commands.end(), [&](const Command& c) {
        return c.group == group && c.verb.isEmpty();
    });
    if (found == commands.end() && verbless != commands.end())
        found = verbless;
    if (found == commands.end()) {
        const bool knownGroup =
            std::any_of(commands.begin(), commands.end(), [&](const Command& c) { return c.group == group; });
        if (knownGroup && (verb.isEmpty() || verb == u"--help" || verb == u"-h")) {
            (verb.isEmpty() ? err : out) << "Commands of '" << group << "':\n";
            for (const Command& c : commands) {
                if (c.group == group)
                    (verb.isEmpty() ? err : out)
                        << "  " << QString(c.group + u' ' + c.verb).leftJustified(31) << c.summary << '\n';
            }
            return verb.isEmpty() ? ExitUsage : ExitOk;
        }
        err << "keydesk-cli: unknown command '" << group << (verb.isEmpty() ? QString() : u' ' + verb)
            << "'; run 'keydesk-cli --help' for the list\n";
        return ExitUsage;
    }
    const Command& command = *found;

    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOptions(
        {kDatabaseOption, kActorOption, kJsonOption, kServerOption, kTokenOption, kTrustCertOption});
    for (const auto& [name, description] : command.positionals)
        parser.addPositionalArgument(name, description);
    if (command.addOptions)
        command.addOptions(parser);

    QStringList args{QStringLiteral("keydesk-cli %1 %2").arg(command.group, command.verb)};
    args << leading << arguments.mid(command.verb.isEmpty() ? i : i + 1);
    if (!parser.parse(args)) {
        err << "keydesk-cli: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return ExitOk;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (given < command.requiredPositionals || given > command.positionals.size()) {
        err << "keydesk-cli: '" << command.group << ' ' << command.verb << "' takes ";
        if (command.requiredPositionals == command.positionals.size())
            err << command.positionals.size();
        else
            err << command.requiredPositionals << " to " << command.positionals.size();
        err << " argument(s), " << given << " given; see --help\n";
        return ExitUsage;
    }

    CliContext context(out, err);
    context.databasePath = parser.value(kDatabaseOption);
    context.actor = parser.value(kActorOption);
    context.json = parser.isSet(kJsonOption);
    context.commandName = QString(command.group + u' ' + command.verb).trimmed();
    if (!readServer(context, parser, err))
        return ExitUsage;
    if (context.remote() && !command.overAdminApi)
        return context.failNeedsDatabase();
    const int code = command.run(context, parser);
    out.flush();
    err.flush();
    return code;
}

bool drawsPdf(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--format=pdf" || (arg == "--format" && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf"))
            return true;
    }
    return false;
}

} // namespace keydesk::cli
