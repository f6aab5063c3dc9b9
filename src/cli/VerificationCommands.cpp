// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// `keys verify` and `verifications show`: the test-mode relying party from the command line.
#include "CliFormat.h"
#include "Command.h"
#include "core/PrivateFile.h"
#include "core/domain/OperatorJson.h"
#include "webauthn/VerdictJson.h"

#include <QJsonArray>

namespace keydesk::cli {

namespace {

const QCommandLineOption kQr(QStringLiteral("qr"),
                             QStringLiteral("Also write the link's QR code (.png or .svg)."),
                             QStringLiteral("file"));
const QCommandLineOption
    kReceipt(QStringLiteral("receipt"),
             QStringLiteral("Also write the verification's receipt (HTML) to this file."),
             QStringLiteral("file"));

int runVerify(CliContext& ctx, const QCommandLineParser& p)
{
    const qint64 keyId = parseCount(p.positionalArguments().at(0));
    if (keyId <= 0)
        return usageError(ctx, QStringLiteral("'%1' is not a key id").arg(p.positionalArguments().at(0)));
    auto started = ctx.call("POST", QStringLiteral("/keys/%1/verify").arg(keyId));
    if (!started)
        return ExitFailed;
    const QString link = started->value(QStringLiteral("link")).toString();
    if (p.isSet(kQr)) {
        if (Status s = writeQr(p.value(kQr), link); !s)
            return ctx.fail(s.error());
    }
    const qint64 id = started->value(QStringLiteral("verification_id")).toInteger();
    if (ctx.json) {
        ctx.printJson(*started);
        return ExitOk;
    }
    ctx.out() << "verification " << id << " of key " << started->value(QStringLiteral("key_id")).toInteger()
              << " started\n"
              << "link:    " << link << '\n'
              << "expires: " << formatTime(jsonTimeMs(started->value(QStringLiteral("expires_at")))) << '\n'
              << "then:    keydesk-cli verifications show " << id << '\n';
    return ExitOk;
}

int runShow(CliContext& ctx, const QCommandLineParser& p)
{
    const qint64 id = parseCount(p.positionalArguments().at(0));
    if (id <= 0)
        return usageError(ctx,
                          QStringLiteral("'%1' is not a verification id").arg(p.positionalArguments().at(0)));
    const QString path = QStringLiteral("/verifications/%1").arg(id);
    auto found = ctx.call("GET", path);
    if (!found)
        return ExitFailed;
    if (p.isSet(kReceipt)) {
        auto html = ctx.download(path + QStringLiteral("/receipt"));
        if (!html)
            return ExitFailed;
        if (Status s = writePrivateFile(p.value(kReceipt), *html); !s)
            return ctx.fail(s.error());
    }
    const QJsonObject& v = *found;
    if (ctx.json) {
        ctx.printJson(v);
        return ExitOk;
    }
    const QString failedCheck = v.value(QStringLiteral("failed_check")).toString();
    QTextStream& out = ctx.out();
    out << "verification " << id << " of key " << v.value(QStringLiteral("key_id")).toInteger() << ": "
        << v.value(QStringLiteral("state")).toString()
        << (failedCheck.isEmpty() ? QString() : QStringLiteral(" at ") + failedCheck) << '\n'
        << "started:  " << formatTime(jsonTimeMs(v.value(QStringLiteral("created_at")))) << " by "
        << v.value(QStringLiteral("started_by")).toString() << '\n';
    if (v.contains(QStringLiteral("completed_at")))
        out << "answered: " << formatTime(jsonTimeMs(v.value(QStringLiteral("completed_at")))) << '\n';
    const QJsonArray checks =
        v.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("checks")).toArray();
    for (const QJsonValue c : checks) {
        const QJsonObject check = c.toObject();
        out << (check.value(QStringLiteral("passed")).toBool() ? "  pass  " : "  FAIL  ")
            << check.value(QStringLiteral("name")).toString().leftJustified(20) << ' '
            << webauthn::detailOf(check) << '\n';
    }
    return ExitOk;
}

} // namespace

QList<Command> verificationCommands()
{
    return overAdminApi({
        {QStringLiteral("keys"),
         QStringLiteral("verify"),
         QStringLiteral("Start a test-mode sign-in of an active key; prints the link for the phone."),
         {{QStringLiteral("key"), QStringLiteral("Security key id.")}},
         1,
         [](QCommandLineParser& p) { p.addOption(kQr); },
         runVerify},
        {QStringLiteral("verifications"),
         QStringLiteral("show"),
         QStringLiteral("Show a verification's result with every check."),
         {{QStringLiteral("verification"), QStringLiteral("Verification id.")}},
         1,
         [](QCommandLineParser& p) { p.addOption(kReceipt); },
         runShow},
    });
}

} // namespace keydesk::cli
