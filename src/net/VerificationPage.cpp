// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "VerificationPage.h"

#include "PageTemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace keydesk::net {

namespace {

// lupdate files these strings under the context the macro names, as translate() looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VerificationPage)
};

QString stateMessage(const QString& state)
{
    if (state == QLatin1String("expired"))
        return Text::tr("This verification has expired. Ask your helpdesk to start a new one.");
    if (state == QLatin1String("finished"))
        return Text::tr("This verification is finished. Your helpdesk sees the result.");
    if (state == QLatin1String("withdrawn"))
        return Text::tr("This security key is no longer active, so it cannot be verified.");
    return Text::tr("This verification link is not valid. Check that you opened the whole link.");
}

} // namespace

QByteArray renderVerificationPage(const VerificationPageStatus& status, const QString& linkId)
{
    const bool live = status.state == QLatin1String("live");
    const QJsonObject messages{
        {QStringLiteral("working"), Text::tr("Confirm with your security key…")},
        {QStringLiteral("done"), Text::tr("Verified: every check passed. Your helpdesk sees the result.")},
        {QStringLiteral("cancelled"), Text::tr("Nothing was signed. Tap “Verify” to try again.")},
        {QStringLiteral("failed"), Text::tr("Verification failed.")},
        {QStringLiteral("network"),
         Text::tr("The server cannot be reached. Check the connection and try again.")},
        {QStringLiteral("unsupported"),
         Text::tr("This browser cannot use passkeys. Open the link in your phone's default browser.")},
    };
    // The link's id goes back to the script only while the verification can be answered.
    const QJsonObject data{{QStringLiteral("state"), status.state},
                           {QStringLiteral("id"), live ? linkId : QString()},
                           {QStringLiteral("api"), QStringLiteral("/api/v1/verifications/")},
                           {QStringLiteral("stateMessage"), stateMessage(status.state)},
                           {QStringLiteral("messages"), messages}};
    const QString intro =
        live ? Text::tr("Hello %1. Tap “Verify” and confirm with your security key (%2) to show "
                        "your helpdesk that it works.")
                   .arg(status.userName, status.keyLabel)
             : QString();
    const QHash<QString, QString> values{
        {QStringLiteral("title"), Text::tr("Verify your security key").toHtmlEscaped()},
        {QStringLiteral("intro"), intro.toHtmlEscaped()},
        {QStringLiteral("verify_label"), Text::tr("Verify").toHtmlEscaped()},
    };
    return renderPageTemplate(QStringLiteral("verify.html"), data, values);
}

} // namespace keydesk::net
