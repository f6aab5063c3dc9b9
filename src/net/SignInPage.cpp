// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SignInPage.h"

#include "PageTemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace keydesk::net {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SignInPage)
};

QString stateMessage(const QString& state)
{
    if (state == QLatin1String("expired"))
        return Text::tr("This sign-in has expired. Start a new one at the desk.");
    if (state == QLatin1String("finished"))
        return Text::tr("This sign-in is finished. Start a new one at the desk to try again.");
    return Text::tr("This sign-in link is not valid. Check that you scanned the code on the desk.");
}

} // namespace

QByteArray renderSignInPage(const SignInPageStatus& status, const QString& token)
{
    const bool live = status.state == QLatin1String("live");
    const QJsonObject messages{
        {QStringLiteral("working"), Text::tr("Confirm with your security key…")},
        {QStringLiteral("done"), Text::tr("Signed in. You can put the phone away; the desk continues.")},
        {QStringLiteral("cancelled"), Text::tr("Nothing was signed. Tap “Sign in” to try again.")},
        {QStringLiteral("failed"), Text::tr("Sign-in failed.")},
        {QStringLiteral("network"),
         Text::tr("The server cannot be reached. Check the connection and try again.")},
        {QStringLiteral("unsupported"),
         Text::tr("This browser cannot use passkeys. Open the link in your phone's default browser.")},
    };
    // The token goes back to the script only while the sign-in can be answered.
    const QJsonObject data{{QStringLiteral("state"), status.state},
                           {QStringLiteral("id"), live ? token : QString()},
                           {QStringLiteral("api"), QStringLiteral("/api/v1/sign-ins/")},
                           {QStringLiteral("stateMessage"), stateMessage(status.state)},
                           {QStringLiteral("messages"), messages}};
    const QString intro =
        live ? Text::tr("The desk “%1” at %2 asks you to sign in to KeyDesk with your security key.")
                   .arg(status.desk, status.deskAddress)
             : QString();
    const QHash<QString, QString> values{
        {QStringLiteral("title"), Text::tr("Sign in to KeyDesk").toHtmlEscaped()},
        {QStringLiteral("intro"), intro.toHtmlEscaped()},
        {QStringLiteral("match"), live ? QString::number(status.matchNumber) : QString()},
        {QStringLiteral("match_label"), Text::tr("Match number").toHtmlEscaped()},
        {QStringLiteral("match_hint"),
         (live ? Text::tr("Sign in only if the desk in front of you shows this number.") : QString())
             .toHtmlEscaped()},
        {QStringLiteral("sign_in_label"), Text::tr("Sign in").toHtmlEscaped()},
    };
    return renderPageTemplate(QStringLiteral("sign-in.html"), data, values);
}

} // namespace keydesk::net
