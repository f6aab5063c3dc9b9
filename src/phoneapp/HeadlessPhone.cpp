// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "HeadlessPhone.h"

#include "webauthn/Base64Url.h"

#include <QEventLoop>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace keydesk::phoneapp {

namespace {

QString kindName(phone::PhoneOutcome::Kind kind)
{
    switch (kind) {
    case phone::PhoneOutcome::Kind::Activation:
        return QStringLiteral("activation");
    case phone::PhoneOutcome::Kind::Verification:
        return QStringLiteral("verification");
    case phone::PhoneOutcome::Kind::SignIn:
        return QStringLiteral("sign-in");
    case phone::PhoneOutcome::Kind::Unrecognised:
        break;
    }
    return QStringLiteral("none");
}

QJsonObject outcomeJson(const phone::PhoneOutcome& outcome)
{
    QJsonObject json{{QStringLiteral("ok"), outcome.ok},
                     {QStringLiteral("kind"), kindName(outcome.kind)},
                     {QStringLiteral("message"), outcome.message},
                     {QStringLiteral("status"), outcome.reply.httpStatus}};
    if (outcome.link.isValid())
        json.insert(QStringLiteral("link"), outcome.link.toString());
    const QString error = outcome.reply.body.value(QStringLiteral("error")).toString();
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    const QString check = outcome.reply.body.value(QStringLiteral("verdict"))
                              .toObject()
                              .value(QStringLiteral("error"))
                              .toString();
    if (!check.isEmpty())
        json.insert(QStringLiteral("failed_check"), check);
    return json;
}

// Runs one asynchronous phone action to its end (the HTTP client times out after 30 s).
phone::PhoneOutcome await(const std::function<void(std::function<void(phone::PhoneOutcome)>)>& action)
{
    std::optional<phone::PhoneOutcome> result;
    QEventLoop loop;
    action([&](phone::PhoneOutcome outcome) {
        result = outcome;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

bool isHeadlessCommand(const QString& word)
{
    return word == QLatin1String("list") || word == QLatin1String("open") || word == QLatin1String("scan") ||
           word == QLatin1String("code");
}

int runHeadlessPhone(phone::VirtualPhone& phone, const QStringList& arguments, QTextStream& out,
                     QTextStream& err)
{
    const QString verb = arguments.value(0);
    const auto usage = [&](const QString& message) {
        err << "keydesk-phone: " << message << '\n';
        return 2;
    };
    if (verb == QLatin1String("list") && arguments.size() == 1) {
        QJsonArray list;
        for (const authenticator::SoftwareCredential& c : phone.wallet().credentials())
            list.append(QJsonObject{{QStringLiteral("id"), webauthn::toBase64Url(c.id)},
                                    {QStringLiteral("rpId"), c.rpId},
                                    {QStringLiteral("alg"), c.algorithm},
                                    {QStringLiteral("signCount"), qint64(c.signCount)},
                                    {QStringLiteral("backupEligible"), c.backupEligible},
                                    {QStringLiteral("created"), c.created.toString(Qt::ISODate)}});
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    phone::PhoneOutcome outcome;
    if (verb == QLatin1String("open") && arguments.size() == 2) {
        const QUrl link(arguments.at(1), QUrl::StrictMode);
        if (!link.isValid())
            return usage(QStringLiteral("'%1' is not a URL").arg(arguments.at(1)));
        outcome = await([&](auto done) { phone.open(link, done); });
    } else if (verb == QLatin1String("scan") && arguments.size() == 2) {
        const QImage image(arguments.at(1));
        if (image.isNull())
            return usage(QStringLiteral("cannot read the image '%1'").arg(arguments.at(1)));
        outcome = await([&](auto done) { phone.scan(image, done); });
    } else if (verb == QLatin1String("code") && arguments.size() == 4) {
        const QUrl base(arguments.at(1), QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty())
            return usage(QStringLiteral("'%1' is not a server address").arg(arguments.at(1)));
        outcome = await([&](auto done) { phone.enterCode(base, arguments.at(2), arguments.at(3), done); });
    } else {
        return usage(
            QStringLiteral("expected: list | open <link> | scan <image> | code <server> <email> <code>"));
    }
    out << QJsonDocument(outcomeJson(outcome)).toJson(QJsonDocument::Compact) << '\n';
    return outcome.ok ? 0 : 1;
}

} // namespace keydesk::phoneapp
