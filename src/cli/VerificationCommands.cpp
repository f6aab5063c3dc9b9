// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// `keys verify` and `verifications show`: the test-mode relying party from the command line.
#include "CliFormat.h"
#include "Command.h"
#include "core/Core.h"
#include "core/PrivateFile.h"
#include "core/activation/AuthenticatorNames.h"
#include "core/verification/VerificationReceipt.h"
#include "core/verification/VerificationService.h"
#include "net/Deployment.h"
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
    return ctx.withCore([&](Core& core) -> int {
        auto deployment = net::Deployment::load(core.store());
        if (!deployment)
            return ctx.fail(deployment.error());
        auto names = AuthenticatorNames::forDatabase(core.databasePath());
        if (!names)
            return ctx.fail(names.error());
        VerificationService service(core.store(), deployment->config, names.value());
        auto started = service.start(core.actor(), keyId);
        if (!started)
            return ctx.fail(started.error());
        if (p.isSet(kQr)) {
            if (Status s = writeQr(p.value(kQr), started->link); !s)
                return ctx.fail(s.error());
        }
        const Verification& v = started->verification;
        if (ctx.json) {
            ctx.printJson(QJsonObject{{QStringLiteral("verification_id"), v.id},
                                      {QStringLiteral("key_id"), v.keyId},
                                      {QStringLiteral("link"), started->link},
                                      {QStringLiteral("expires_at"), isoTime(v.expiresAtMs)}});
            return ExitOk;
        }
        ctx.out() << "verification " << v.id << " of key " << v.keyId << " started\n"
                  << "link:    " << started->link << '\n'
                  << "expires: " << formatTime(v.expiresAtMs) << '\n'
                  << "then:    keydesk-cli verifications show " << v.id << '\n';
        return ExitOk;
    });
}

int runShow(CliContext& ctx, const QCommandLineParser& p)
{
    const qint64 id = parseCount(p.positionalArguments().at(0));
    if (id <= 0)
        return usageError(ctx,
                          QStringLiteral("'%1' is not a verification id").arg(p.positionalArguments().at(0)));
    return ctx.withCore([&](Core& core) -> int {
        auto found = core.verifications().findById(id);
        if (!found)
            return ctx.fail(found.error());
        if (!found.value())
            return ctx.fail(QStringLiteral("no verification %1").arg(id));
        const Verification& v = *found.value();
        const VerificationState state = v.state(core.clock().nowMs());
        if (p.isSet(kReceipt)) {
            auto key = core.keys().findById(v.keyId);
            auto user = core.users().findById(v.userId);
            auto names = AuthenticatorNames::forDatabase(core.databasePath());
            auto deployment = net::Deployment::load(core.store());
            if (!key || !key.value() || !user || !user.value() || !names || !deployment)
                return ctx.fail(
                    QStringLiteral("cannot gather the receipt's facts for verification %1").arg(id));
            if (!v.finished)
                return ctx.fail(QStringLiteral("verification %1 has no result yet").arg(id));
            const ReceiptFacts facts{*user.value(),
                                     key.value()->key,
                                     v,
                                     names.value().describe(key.value()->key.aaguid),
                                     deployment->config.rpId,
                                     core.clock().now()};
            const QByteArray html = verificationReceiptHtml(facts).toUtf8();
            if (Status s = writePrivateFile(p.value(kReceipt), html); !s)
                return ctx.fail(s.error());
        }
        if (ctx.json) {
            QJsonObject json{{QStringLiteral("id"), v.id},
                             {QStringLiteral("key_id"), v.keyId},
                             {QStringLiteral("state"), verificationStateName(state)},
                             {QStringLiteral("started_by"), v.startedBy},
                             {QStringLiteral("created_at"), isoTime(v.createdAtMs)},
                             {QStringLiteral("expires_at"), isoTime(v.expiresAtMs)}};
            if (v.completedAtMs)
                json.insert(QStringLiteral("completed_at"), isoTime(*v.completedAtMs));
            if (!v.failedCheck.isEmpty())
                json.insert(QStringLiteral("failed_check"), v.failedCheck);
            if (v.signCount)
                json.insert(QStringLiteral("sign_count"), qint64(*v.signCount));
            if (v.finished)
                json.insert(QStringLiteral("verdict"), v.verdict);
            ctx.printJson(json);
            return ExitOk;
        }
        QTextStream& out = ctx.out();
        out << "verification " << v.id << " of key " << v.keyId << ": " << verificationStateName(state)
            << (v.failedCheck.isEmpty() ? QString() : QStringLiteral(" at ") + v.failedCheck) << '\n'
            << "started:  " << formatTime(v.createdAtMs) << " by " << v.startedBy << '\n';
        if (v.completedAtMs)
            out << "answered: " << formatTime(*v.completedAtMs) << '\n';
        for (const QJsonValue c : v.verdict.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = c.toObject();
            out << (check.value(QStringLiteral("passed")).toBool() ? "  pass  " : "  FAIL  ")
                << check.value(QStringLiteral("name")).toString().leftJustified(20) << ' '
                << webauthn::detailOf(check) << '\n';
        }
        return ExitOk;
    });
}

} // namespace

QList<Command> verificationCommands()
{
    return {
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
    };
}

} // namespace keydesk::cli
