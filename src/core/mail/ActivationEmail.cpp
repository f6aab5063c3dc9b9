#include "ActivationEmail.h"

#include "core/Placeholders.h"
#include "core/qr/QrCode.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

static void initMailResources()
{
    Q_INIT_RESOURCE(mail);
}

namespace keydesk {

namespace {

Result<QString> loadTemplate(const QString& language, const QString& extension)
{
    initMailResources();
    for (const QString& lang : {language, QStringLiteral("en")}) {
        QFile file(QStringLiteral(":/keydesk/mail/activation-email.%1.%2").arg(lang, extension));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return Result<QString>::failure(QStringLiteral("no activation email template (%1)").arg(extension));
}

QString fill(const QString& text, QHash<QString, QString> values, bool html)
{
    if (html) {
        for (QString& v : values)
            v = v.toHtmlEscaped();
    }
    return fillPlaceholders(text, values);
}

QString formatExpiry(const QDateTime& at, const QString& language)
{
    const QDateTime local = at.toLocalTime();
    return QLocale(language).toString(local, QStringLiteral("d MMMM yyyy, HH:mm")) + QLatin1Char(' ') +
           local.timeZoneAbbreviation();
}

} // namespace

Result<MimeMessage> renderActivationEmail(const ActivationEmailInput& input, const MailIdentity& identity)
{
    using R = Result<MimeMessage>;
    auto text = loadTemplate(identity.language, QStringLiteral("txt"));
    auto html = loadTemplate(identity.language, QStringLiteral("html"));
    if (!text)
        return R::failure(text.error());
    if (!html)
        return R::failure(html.error());
    auto qr = QrCode::encode(input.link);
    if (!qr)
        return R::failure(qr.error());

    // The first line of the text template is "Subject: ...".
    QString body = text.value();
    const qsizetype lineEnd = body.indexOf(QLatin1Char('\n'));
    if (!body.startsWith(QLatin1String("Subject: ")) || lineEnd < 0)
        return R::failure(QStringLiteral("the activation email template must start with a Subject: line"));
    const QString subjectTemplate = body.mid(9, lineEnd - 9).trimmed();
    body = body.mid(lineEnd + 1);

    const QString contentId = QStringLiteral("activation-qr@keydesk");
    const QString organisation = identity.organisation.trimmed().isEmpty()
                                     ? QCoreApplication::translate("ActivationEmail", "Your helpdesk")
                                     : identity.organisation.trimmed();
    QHash<QString, QString> values{
        {QStringLiteral("name"), input.user.displayName},
        {QStringLiteral("email"), input.user.email},
        {QStringLiteral("organisation"), organisation},
        {QStringLiteral("link"), input.link},
        {QStringLiteral("code"), input.manualCode},
        {QStringLiteral("expires"), formatExpiry(input.expiresAt, identity.language)},
        {QStringLiteral("qr_cid"), contentId},
        {QStringLiteral("lang"), identity.language},
        {QStringLiteral("dir"), QLocale(identity.language).textDirection() == Qt::RightToLeft
                                    ? QStringLiteral("rtl")
                                    : QStringLiteral("ltr")},
    };
    MimeMessage message;
    message.subject = fill(subjectTemplate, values, false);
    values.insert(QStringLiteral("subject"), message.subject);
    message.from = identity.from;
    message.to = MailAddress{input.user.email, input.user.displayName};
    message.messageId = input.messageId;
    message.date = input.date;
    message.textBody = fill(body, values, false);
    message.htmlBody = fill(html.value(), values, true);
    message.images.append(
        InlineImage{contentId, QStringLiteral("activation-qr.png"), "image/png", qr->toPng(6)});
    return message;
}

} // namespace keydesk
