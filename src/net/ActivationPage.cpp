// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ActivationPage.h"

#include "PageTemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace keydesk::net {

namespace {

// lupdate files these strings under the context the macro names, as translate() looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ActivationPage)
};

QString stateMessage(const QString& state)
{
    if (state == QLatin1String("expired"))
        return Text::tr("This activation link has expired. Ask your helpdesk to send you a new one.");
    if (state == QLatin1String("used"))
        return Text::tr(
            "This activation link was already used: your security key is active. Nothing more to do.");
    if (state == QLatin1String("superseded"))
        return Text::tr(
            "This link was replaced by a newer one. Use the most recent link or code you received.");
    if (state == QLatin1String("withdrawn"))
        return Text::tr("Your helpdesk withdrew this security key. Ask them if you need a new one.");
    return Text::tr(
        "This activation link is not valid. Check that you opened the whole link, or ask your helpdesk "
        "for a new one.");
}

QByteArray render(const QString& state, const QString& token, const QString& intro)
{
    const QJsonObject messages{
        {QStringLiteral("working"), Text::tr("Follow the steps on your phone…")},
        {QStringLiteral("checking"), Text::tr("Checking…")},
        {QStringLiteral("ready"), Text::tr("Found it. Tap “Activate” to create the passkey on this phone.")},
        {QStringLiteral("done"),
         Text::tr("Done: your security key is active (%1). You can close this page.")},
        {QStringLiteral("cancelled"), Text::tr("The passkey was not created. Tap “Activate” to try again.")},
        {QStringLiteral("failed"), Text::tr("Activation failed.")},
        {QStringLiteral("network"),
         Text::tr("The server cannot be reached. Check the connection and try again.")},
        {QStringLiteral("unsupported"),
         Text::tr("This browser cannot create passkeys. Open the link in your phone's "
                  "default browser.")},
    };
    const QJsonObject data{{QStringLiteral("state"), state},
                           {QStringLiteral("token"), token},
                           {QStringLiteral("stateMessage"), stateMessage(state)},
                           {QStringLiteral("messages"), messages}};
    const QHash<QString, QString> values{
        {QStringLiteral("title"), Text::tr("Activate your security key").toHtmlEscaped()},
        {QStringLiteral("intro"), intro.toHtmlEscaped()},
        {QStringLiteral("code_intro"),
         Text::tr("Enter your work or school email and the code from your helpdesk.").toHtmlEscaped()},
        {QStringLiteral("email_label"), Text::tr("Email").toHtmlEscaped()},
        {QStringLiteral("code_label"), Text::tr("Activation code").toHtmlEscaped()},
        {QStringLiteral("continue_label"), Text::tr("Continue").toHtmlEscaped()},
        {QStringLiteral("activate_label"), Text::tr("Activate").toHtmlEscaped()},
    };
    return renderPageTemplate(QStringLiteral("activate.html"), data, values);
}

} // namespace

QByteArray renderActivationPage(const LinkStatus& status, const QString& token)
{
    const QString intro =
        status.state == QLatin1String("live")
            ? Text::tr("Hello %1. Tap “Activate” and follow your phone's steps to turn it into your "
                       "security key.")
                  .arg(status.userName)
            : QString();
    // The token goes back to the script only while it can still be used.
    return render(status.state, status.state == QLatin1String("live") ? token : QString(), intro);
}

QByteArray renderCodeEntryPage()
{
    return render(QStringLiteral("code"), {},
                  Text::tr("Activate a security key with the code your helpdesk gave you."));
}

} // namespace keydesk::net
