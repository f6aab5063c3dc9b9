#include "ActivationPage.h"

#include "core/TextTemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

static void initEnrollResources()
{
    Q_INIT_RESOURCE(enroll);
}

namespace keydesk::net {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ActivationPage", text);
}

QByteArray resource(const QString& name)
{
    initEnrollResources();
    QFile file(QStringLiteral(":/keydesk/enroll/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString stateMessage(const QString& state)
{
    if (state == QLatin1String("expired"))
        return tr("This activation link has expired. Ask your helpdesk to send you a new one.");
    if (state == QLatin1String("used"))
        return tr("This activation link was already used: your security key is active. Nothing more to do.");
    if (state == QLatin1String("superseded"))
        return tr("This link was replaced by a newer one. Use the most recent link or code you received.");
    if (state == QLatin1String("withdrawn"))
        return tr("Your helpdesk withdrew this security key. Ask them if you need a new one.");
    return tr("This activation link is not valid. Check that you opened the whole link, or ask your helpdesk "
              "for a new one.");
}

QByteArray render(const QString& state, const QString& token, const QString& intro)
{
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    const QJsonObject messages{
        {QStringLiteral("working"), tr("Follow the steps on your phone…")},
        {QStringLiteral("checking"), tr("Checking…")},
        {QStringLiteral("ready"), tr("Found it. Tap “Activate” to create the passkey on this phone.")},
        {QStringLiteral("done"), tr("Done: your security key is active (%1). You can close this page.")},
        {QStringLiteral("cancelled"), tr("The passkey was not created. Tap “Activate” to try again.")},
        {QStringLiteral("failed"), tr("Activation failed.")},
        {QStringLiteral("network"), tr("The server cannot be reached. Check the connection and try again.")},
        {QStringLiteral("unsupported"),
         tr("This browser cannot create passkeys. Open the link in your phone's "
            "default browser.")},
    };
    const QJsonObject data{{QStringLiteral("state"), state},
                           {QStringLiteral("token"), token},
                           {QStringLiteral("stateMessage"), stateMessage(state)},
                           {QStringLiteral("messages"), messages}};
    // Inside <script>, "<" must not appear: "</script>" or "<!--" would end or change the block.
    QString json = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    json.replace(QLatin1Char('<'), QLatin1String("\\u003c"));

    const QHash<QString, QString> values{
        {QStringLiteral("lang"), language.isEmpty() ? QStringLiteral("en") : language},
        {QStringLiteral("dir"),
         QLocale().textDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr")},
        {QStringLiteral("title"), tr("Activate your security key").toHtmlEscaped()},
        {QStringLiteral("intro"), intro.toHtmlEscaped()},
        {QStringLiteral("code_intro"),
         tr("Enter your work or school email and the code from your helpdesk.").toHtmlEscaped()},
        {QStringLiteral("email_label"), tr("Email").toHtmlEscaped()},
        {QStringLiteral("code_label"), tr("Activation code").toHtmlEscaped()},
        {QStringLiteral("continue_label"), tr("Continue").toHtmlEscaped()},
        {QStringLiteral("activate_label"), tr("Activate").toHtmlEscaped()},
        {QStringLiteral("page_data"), json},
    };
    return fillTemplate(QString::fromUtf8(resource(QStringLiteral("activate.html"))), values).toUtf8();
}

} // namespace

QByteArray renderActivationPage(const LinkStatus& status, const QString& token)
{
    const QString intro =
        status.state == QLatin1String("live")
            ? tr("Hello %1. Tap “Activate” and follow your phone's steps to turn it into your "
                 "security key.")
                  .arg(status.userName)
            : QString();
    // The token goes back to the script only while it can still be used.
    return render(status.state, status.state == QLatin1String("live") ? token : QString(), intro);
}

QByteArray renderCodeEntryPage()
{
    return render(QStringLiteral("code"), {},
                  tr("Activate a security key with the code your helpdesk gave you."));
}

QByteArray pageAsset(const QString& name, QByteArray* mimeType)
{
    if (name == QLatin1String("activate.js"))
        *mimeType = "text/javascript; charset=utf-8";
    else if (name == QLatin1String("activate.css"))
        *mimeType = "text/css; charset=utf-8";
    else
        return {};
    return resource(name);
}

} // namespace keydesk::net
