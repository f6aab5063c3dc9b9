// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "AdminRouteTables.h"

#include "core/activation/DeploymentSettings.h"
#include "core/domain/EmailAddress.h"
#include "core/mail/ActivationEmail.h"
#include "core/mail/OutboxService.h"
#include "core/store/Store.h"
#include "net/AdminReplies.h"
#include "net/SmtpSettings.h"
#include "net/TestEmail.h"

#include <QJsonArray>

namespace keydesk::net::admin {

namespace {

// The mail server and the sender identity; the password is never part of it (the server reads it
// from its keychain or environment).
QJsonObject mailJson(const SmtpSettings& s)
{
    return {{QStringLiteral("host"), s.host},
            {QStringLiteral("port"), s.port},
            {QStringLiteral("security"), smtpSecurityName(s.security)},
            {QStringLiteral("username"), s.username},
            {QStringLiteral("from"), s.identity.from.address},
            {QStringLiteral("from_name"), s.identity.from.name},
            {QStringLiteral("organisation"), s.identity.organisation},
            {QStringLiteral("ca_file"), s.caCertificatesPath},
            {QStringLiteral("language"), s.identity.language},
            {QStringLiteral("configured"), s.isConfigured()}};
}

// PUT /mail: the members given change, the others stay.
HttpReply configureMail(const RouteContext& ctx, AdminCall& c)
{
    auto current = loadSmtpSettings(ctx.db(), {});
    if (!current)
        return errorReply(current.cause());
    SmtpSettings s = current.value();
    const QJsonObject& b = c.body;
    const auto refuse = [](const QString& message) {
        return HttpReply::error(400, QStringLiteral("bad-body"), message);
    };
    if (b.contains(QStringLiteral("host")))
        s.host = b.value(QStringLiteral("host")).toString();
    if (b.contains(QStringLiteral("port"))) {
        const int port = b.value(QStringLiteral("port")).toInt(-1);
        if (port < 1 || port > 65535)
            return refuse(Text::tr("port must be 1 to 65535"));
        s.port = quint16(port);
    }
    if (b.contains(QStringLiteral("security"))) {
        const auto security = smtpSecurityFromName(b.value(QStringLiteral("security")).toString());
        if (!security)
            return refuse(Text::tr("security must be none, starttls or tls"));
        s.security = *security;
    }
    if (b.contains(QStringLiteral("username")))
        s.username = b.value(QStringLiteral("username")).toString();
    if (b.contains(QStringLiteral("from")))
        s.identity.from.address = b.value(QStringLiteral("from")).toString();
    if (b.contains(QStringLiteral("from_name")))
        s.identity.from.name = b.value(QStringLiteral("from_name")).toString();
    if (b.contains(QStringLiteral("organisation")))
        s.identity.organisation = b.value(QStringLiteral("organisation")).toString();
    if (b.contains(QStringLiteral("ca_file")))
        s.caCertificatesPath = b.value(QStringLiteral("ca_file")).toString();
    if (b.contains(QStringLiteral("language"))) {
        const QString language = b.value(QStringLiteral("language")).toString();
        const QStringList languages = activationEmailLanguages();
        if (!languages.contains(language))
            return refuse(Text::tr("language must be one of %1, not '%2'")
                              .arg(languages.join(QStringLiteral(", ")), language));
        s.identity.language = language;
    }
    if (Status saved = saveSmtpSettings(ctx.db(), *c.actor, s); !saved)
        return errorReply(saved.cause());
    return HttpReply::json(200, mailJson(s));
}

// POST /mail/test: the test email, queued.
HttpReply queueTestEmail(const RouteContext& ctx, AdminCall& c)
{
    const QString to = bodyText(c, QStringLiteral("to")).trimmed();
    if (const Error problem = EmailAddress::problem(to); !problem.isEmpty())
        return errorReply(problem);
    auto settings = loadSmtpSettings(ctx.db(), {});
    if (!settings)
        return errorReply(settings.cause(), 500);
    if (!settings->isConfigured())
        return HttpReply::error(
            409, QStringLiteral("mail-not-configured"),
            Text::tr("mail is not set up: no SMTP server or sender address (keydesk-cli mail configure)"));
    const MimeMessage message = testEmail(settings.value(), to);
    auto queued = OutboxService(ctx.db()).queueTestEmail(*c.actor, message);
    if (!queued)
        return errorReply(queued.cause());
    return HttpReply::json(202, {{QStringLiteral("id"), queued.value()},
                                 {QStringLiteral("recipient"), to},
                                 {QStringLiteral("message_id"), message.messageId}});
}

} // namespace

QList<AdminRoute> settingsRoutes(const RouteContext& ctx)
{
    QList<AdminRoute> r;
    r.append({"GET", base() + QStringLiteral("/settings"), RouteAccess::Permitted,
              Permission::ReadAdministration, 200,
              QStringLiteral("The deployment's settings: key, value, what an empty value means, meaning."),
              [ctx](AdminCall&) {
                  QJsonArray items;
                  for (const DeploymentSetting& s : deploymentSettings()) {
                      auto value = ctx.db().setting(s.key);
                      if (!value)
                          return errorReply(value.cause());
                      items.append(QJsonObject{{QStringLiteral("key"), s.key},
                                               {QStringLiteral("value"), value.value()},
                                               {QStringLiteral("default"), s.defaultText},
                                               {QStringLiteral("description"), s.description}});
                  }
                  return HttpReply::json(200, {{QStringLiteral("items"), items}});
              }});
    r.append(
        {"PUT", base() + QStringLiteral("/settings/{key}"), RouteAccess::Permitted,
         Permission::ManageSettings, 200,
         QStringLiteral("Change a setting: {value} (empty: back to its default), checked with the others."),
         [ctx](AdminCall& c) {
             const QString key = c.params.value(QStringLiteral("key"));
             const QString value = bodyText(c, QStringLiteral("value"));
             if (Status s = setDeploymentSetting(ctx.db(), *c.actor, key, value); !s)
                 return errorReply(s.cause());
             return HttpReply::json(200, {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
         }});
    r.append({"GET", base() + QStringLiteral("/mail"), RouteAccess::Permitted, Permission::ReadAdministration,
              200, QStringLiteral("The mail server and sender of activation emails (never the password)."),
              [ctx](AdminCall&) {
                  auto current = loadSmtpSettings(ctx.db(), {});
                  return current ? HttpReply::json(200, mailJson(current.value()))
                                 : errorReply(current.cause());
              }});
    r.append({"PUT", base() + QStringLiteral("/mail"), RouteAccess::Permitted, Permission::ManageSettings,
              200,
              QStringLiteral(
                  "Change the mail settings: any of {host, port, security: none|starttls|tls, username, "
                  "from, from_name, organisation, ca_file, language}; the password stays with the "
                  "server (keychain or KEYDESK_SMTP_PASSWORD)."),
              [ctx](AdminCall& c) {
                  return configureMail(ctx, c);
              }});
    r.append(
        {"POST", base() + QStringLiteral("/mail/test"), RouteAccess::Permitted, Permission::ManageSettings,
         202,
         QStringLiteral("Queue a test email to {to} in the outbox, so that the server sends it as it sends "
                        "activation emails; {id, recipient, message_id}. Follow it at GET /outbox/{id}."),
         [ctx](AdminCall& c) {
             return queueTestEmail(ctx, c);
         }});
    return r;
}

} // namespace keydesk::net::admin
