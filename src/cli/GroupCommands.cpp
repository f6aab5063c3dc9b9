// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliFormat.h"
#include "Command.h"
#include "TablePrinter.h"
#include "core/activation/AuthenticatorNames.h"
#include "core/activation/KeyPolicy.h"
#include "core/domain/DirectoryJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keydesk::cli {

namespace {

const QCommandLineOption kDescription(QStringLiteral("description"), QStringLiteral("What the group is for."),
                                      QStringLiteral("text"));
const QString kGroupArg = QStringLiteral("group");
const QString kGroupArgHelp = QStringLiteral("Group name or id.");
const QString kUserArg = QStringLiteral("user");
const QString kUserArgHelp = QStringLiteral("User id or email.");

QString groupPath(const QString& group)
{
    return QStringLiteral("/groups/") + pathSegment(group);
}

const QCommandLineOption
    kDeviceBoundOnly(QStringLiteral("device-bound-only"),
                     QStringLiteral("true: refuse synced passkeys (BE set); false: take them."),
                     QStringLiteral("true|false"));
const QCommandLineOption kTrustedAttestationOnly(
    QStringLiteral("trusted-attestation-only"),
    QStringLiteral("true: refuse keys whose attestation does not chain to a trust anchor; false: take them."),
    QStringLiteral("true|false"));
const QCommandLineOption
    kAuthenticators(QStringLiteral("authenticators"),
                    QStringLiteral("any, allow (only --aaguids) or block (all but --aaguids)."),
                    QStringLiteral("any|allow|block"));
const QCommandLineOption
    kAaguids(QStringLiteral("aaguids"),
             QStringLiteral("The AAGUIDs --authenticators allows or blocks, space-separated."),
             QStringLiteral("list"));
const QCommandLineOption
    kClear(QStringLiteral("clear"),
           QStringLiteral("Remove the group's own policy (the deployment's applies alone)."));

QString policyText(const Group& group)
{
    if (group.keyPolicy.isEmpty())
        return QStringLiteral("-");
    auto policy = keyPolicyFromJson(group.keyPolicy);
    return policy ? describeKeyPolicy(policy.value()) : policy.error();
}

int runList(CliContext& ctx, const QCommandLineParser&)
{
    auto answer = ctx.call("GET", QStringLiteral("/groups"));
    if (!answer)
        return ExitFailed;
    const QJsonArray items = answer->value(QStringLiteral("items")).toArray();
    if (ctx.json) {
        ctx.printJson(items);
        return ExitOk;
    }
    TablePrinter table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("MEMBERS"),
                        QStringLiteral("KEY POLICY"), QStringLiteral("DESCRIPTION")});
    for (const QJsonValue& item : items) {
        const Group g = groupFromJson(item.toObject());
        table.addRow(
            {QString::number(g.id), g.name, QString::number(g.memberCount), policyText(g), g.description});
    }
    table.print(ctx.out());
    ctx.out() << items.size() << " groups\n";
    return ExitOk;
}

int runAdd(CliContext& ctx, const QCommandLineParser& p)
{
    auto answer = ctx.call("POST", QStringLiteral("/groups"), {},
                           {{QStringLiteral("name"), p.positionalArguments().at(0)},
                            {QStringLiteral("description"), p.value(kDescription)}});
    if (!answer)
        return ExitFailed;
    const Group group = groupFromJson(*answer);
    if (ctx.json)
        ctx.printJson(*answer);
    else
        ctx.out() << "added group " << group.id << " '" << group.name << "'\n";
    return ExitOk;
}

int runRename(CliContext& ctx, const QCommandLineParser& p)
{
    auto before = ctx.call("GET", groupPath(p.positionalArguments().at(0)));
    if (!before)
        return ExitFailed;
    const Group group = groupFromJson(*before);
    const QString newName = p.positionalArguments().at(1);
    if (!ctx.call("PUT", groupPath(QString::number(group.id)), {}, {{QStringLiteral("name"), newName}}))
        return ExitFailed;
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), group.id}, {QStringLiteral("name"), newName}});
    else
        ctx.out() << "renamed group " << group.id << " '" << group.name << "' to '" << newName << "'\n";
    return ExitOk;
}

int runRemove(CliContext& ctx, const QCommandLineParser& p)
{
    auto answer = ctx.call("DELETE", groupPath(p.positionalArguments().at(0)));
    if (!answer)
        return ExitFailed;
    const Group group = groupFromJson(*answer);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), group.id}, {QStringLiteral("removed"), true}});
    else
        ctx.out() << "removed group " << group.id << " '" << group.name << "' (" << group.memberCount
                  << " memberships)\n";
    return ExitOk;
}

// With no option, shows the group's own key policy; with options, changes the parts they name.
int runPolicy(CliContext& ctx, const QCommandLineParser& p)
{
    auto before = ctx.call("GET", groupPath(p.positionalArguments().at(0)));
    if (!before)
        return ExitFailed;
    Group group = groupFromJson(*before);
    const bool parts = p.isSet(kDeviceBoundOnly) || p.isSet(kTrustedAttestationOnly) ||
                       p.isSet(kAuthenticators) || p.isSet(kAaguids);
    if (p.isSet(kClear) || parts) {
        if (p.isSet(kClear) && parts)
            return usageError(ctx, QStringLiteral("--clear takes no other policy option"));
        QJsonValue body = QJsonValue::Null;
        if (!p.isSet(kClear)) {
            QJsonObject policy = group.keyPolicy.isEmpty()
                                     ? QJsonObject()
                                     : QJsonDocument::fromJson(group.keyPolicy.toUtf8()).object();
            for (const auto& [option, field] :
                 {std::pair{&kDeviceBoundOnly, QStringLiteral("deviceBoundOnly")},
                  std::pair{&kTrustedAttestationOnly, QStringLiteral("trustedAttestationOnly")}}) {
                if (!p.isSet(*option))
                    continue;
                const QString value = p.value(*option);
                if (value != QLatin1String("true") && value != QLatin1String("false"))
                    return usageError(ctx, QStringLiteral("--%1 must be true or false, not '%2'")
                                               .arg(option->names().constFirst(), value));
                policy.insert(field, value == QLatin1String("true"));
            }
            if (p.isSet(kAuthenticators))
                policy.insert(QStringLiteral("authenticators"), p.value(kAuthenticators));
            if (p.isSet(kAaguids))
                policy.insert(QStringLiteral("aaguids"),
                              QJsonArray::fromStringList(p.value(kAaguids).split(u' ', Qt::SkipEmptyParts)));
            body = policy;
        }
        auto answer = ctx.call("PUT", groupPath(QString::number(group.id)) + QStringLiteral("/key-policy"),
                               {}, {{QStringLiteral("policy"), body}});
        if (!answer)
            return ExitFailed;
        group = groupFromJson(*answer);
    }
    if (ctx.json) {
        ctx.printJson(
            QJsonObject{{QStringLiteral("id"), group.id},
                        {QStringLiteral("keyPolicy"),
                         group.keyPolicy.isEmpty()
                             ? QJsonValue(QJsonValue::Null)
                             : QJsonValue(QJsonDocument::fromJson(group.keyPolicy.toUtf8()).object())}});
        return ExitOk;
    }
    ctx.out() << "group " << group.id << " '" << group.name << "': "
              << (group.keyPolicy.isEmpty() ? QStringLiteral("no key policy of its own") : policyText(group))
              << '\n';
    if (auto policy = keyPolicyFromJson(group.keyPolicy); policy && !policy->aaguids.isEmpty()) {
        for (const QByteArray& aaguid : policy->aaguids)
            ctx.out() << "  " << formatAaguid(aaguid) << "  "
                      << AuthenticatorNames::builtin().describe(aaguid) << '\n';
    }
    return ExitOk;
}

int runMembers(CliContext& ctx, const QCommandLineParser& p)
{
    return listGroupMembers(ctx, p, p.positionalArguments().at(0));
}

int runMembership(CliContext& ctx, const QCommandLineParser& p, bool add)
{
    auto answer = ctx.call(add ? "PUT" : "DELETE", groupPath(p.positionalArguments().at(0)) +
                                                       QStringLiteral("/members/") +
                                                       pathSegment(p.positionalArguments().at(1)));
    if (!answer)
        return ExitFailed;
    const Group group = groupFromJson(answer->value(QStringLiteral("group")).toObject());
    const User user = userFromJson(answer->value(QStringLiteral("user")).toObject());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("group_id"), group.id},
                                  {QStringLiteral("user_id"), user.id},
                                  {QStringLiteral("member"), add}});
    else
        ctx.out() << (add ? "added " : "removed ") << user.email << (add ? " to '" : " from '") << group.name
                  << "'\n";
    reportWorkflows(ctx, *answer);
    return ExitOk;
}

} // namespace

QList<Command> groupCommands()
{
    const QString groups = QStringLiteral("groups");
    return overAdminApi({
        {groups,
         QStringLiteral("list"),
         QStringLiteral("List groups with member counts."),
         {},
         0,
         {},
         runList},
        {groups,
         QStringLiteral("add"),
         QStringLiteral("Create a group."),
         {{QStringLiteral("name"), QStringLiteral("Group name.")}},
         1,
         [](QCommandLineParser& p) { p.addOption(kDescription); },
         runAdd},
        {groups,
         QStringLiteral("rename"),
         QStringLiteral("Rename a group."),
         {{kGroupArg, kGroupArgHelp}, {QStringLiteral("new-name"), QStringLiteral("New name.")}},
         2,
         {},
         runRename},
        {groups,
         QStringLiteral("remove"),
         QStringLiteral("Delete a group (its users stay)."),
         {{kGroupArg, kGroupArgHelp}},
         1,
         {},
         runRemove},
        {groups,
         QStringLiteral("policy"),
         QStringLiteral(
             "Show or set a group's own key policy, which its members' new keys must pass besides the "
             "deployment's."),
         {{kGroupArg, kGroupArgHelp}},
         1,
         [](QCommandLineParser& p) {
             p.addOptions({kDeviceBoundOnly, kTrustedAttestationOnly, kAuthenticators, kAaguids, kClear});
         },
         runPolicy},
        {groups,
         QStringLiteral("members"),
         QStringLiteral("List a group's members."),
         {{kGroupArg, kGroupArgHelp}},
         1,
         addPagingOptions,
         runMembers},
        {groups,
         QStringLiteral("add-member"),
         QStringLiteral("Add a user to a group."),
         {{kGroupArg, kGroupArgHelp}, {kUserArg, kUserArgHelp}},
         2,
         {},
         [](CliContext& c, const QCommandLineParser& p) {
             return runMembership(c, p, true);
         }},
        {groups,
         QStringLiteral("remove-member"),
         QStringLiteral("Remove a user from a group."),
         {{kGroupArg, kGroupArgHelp}, {kUserArg, kUserArgHelp}},
         2,
         {},
         [](CliContext& c, const QCommandLineParser& p) {
             return runMembership(c, p, false);
         }},
    });
}

} // namespace keydesk::cli
