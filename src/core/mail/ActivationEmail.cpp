// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ActivationEmail.h"

#include "core/TextTemplate.h"
#include "core/qr/QrCode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ActivationEmail)
};

// What went wrong, said when it is read.
struct Refusal
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(ActivationEmail)
};

} // namespace

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
    return Result<QString>::failure(Refusal::tr("no activation email template (%1)").arg(extension));
}

} // namespace

QStringList activationEmailLanguages()
{
    initMailResources();
    const QDir folder(QStringLiteral(":/keydesk/mail"));
    QStringList languages{QStringLiteral("en")};
    for (const QString& name : folder.entryList({QStringLiteral("activation-email.*.txt")}, QDir::Files)) {
        const QString language = name.section(u'.', 1, 1);
        if (language != QLatin1String("en") &&
            folder.exists(QStringLiteral("activation-email.%1.html").arg(language)))
            languages << language;
    }
    return languages;
}

namespace {

QString fill(const QString& text, QHash<QString, QString> values, bool html)
{
    if (html) {
        for (QString& v : values)
            v = v.toHtmlEscaped();
    }
    return fillTemplate(text, values);
}

QString formatExpiry(const QDateTime& at, const QString& language)
{
    const QDateTime local = at.toLocalTime();
    return QLocale(language).toString(local, QStringLiteral("d MMMM yyyy, HH:mm")) + QLatin1Char(' ') +
           local.timeZoneAbbreviation();
}

} // namespace

QByteArray ActivationEmailData::toPayload() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("activation")},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("email"), email},
                                     {QStringLiteral("link"), link},
                                     {QStringLiteral("code"), manualCode},
                                     {QStringLiteral("expiresAt"), expiresAtMs},
                                     {QStringLiteral("reminder"), reminder}})
        .toJson(QJsonDocument::Compact);
}

std::optional<ActivationEmailData> ActivationEmailData::fromPayload(const QByteArray& payload, Error* error)
{
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    if (o.value(QStringLiteral("kind")).toString() != QLatin1String("activation") ||
        !o.value(QStringLiteral("link")).isString() || !o.value(QStringLiteral("email")).isString() ||
        !o.value(QStringLiteral("expiresAt")).isDouble()) {
        *error = Refusal::tr("the queued email's data is damaged");
        return std::nullopt;
    }
    ActivationEmailData d;
    d.name = o.value(QStringLiteral("name")).toString();
    d.email = o.value(QStringLiteral("email")).toString();
    d.link = o.value(QStringLiteral("link")).toString();
    d.manualCode = o.value(QStringLiteral("code")).toString();
    d.expiresAtMs = qint64(o.value(QStringLiteral("expiresAt")).toDouble());
    d.reminder = o.value(QStringLiteral("reminder")).toBool();
    return d;
}

namespace {

// The template's first line is "Subject: ..."; returns it and the body after it.
Result<std::pair<QString, QString>> splitSubject(const QString& text)
{
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    if (!text.startsWith(QLatin1String("Subject: ")) || lineEnd < 0)
        return Result<std::pair<QString, QString>>::failure(
            Refusal::tr("the activation email template must start with a Subject: line"));
    return std::pair{text.mid(9, lineEnd - 9).trimmed(), text.mid(lineEnd + 1)};
}

QString withReminder(const QString& subject, bool reminder)
{
    return reminder ? QCoreApplication::translate("ActivationEmail", "Reminder: %1").arg(subject) : subject;
}

} // namespace

QString messageIdDomain(const MailIdentity& identity)
{
    const QString domain = identity.from.address.section(QLatin1Char('@'), 1);
    return domain.isEmpty() ? QStringLiteral("keydesk.local") : domain;
}

QString activationEmailSubject(const QString& language, bool reminder)
{
    auto text = loadTemplate(language, QStringLiteral("txt"));
    auto split =
        text ? splitSubject(text.value()) : Result<std::pair<QString, QString>>::failure(text.cause());
    return withReminder(split ? split->first : Text::tr("Activate your security key"), reminder);
}

Result<MimeMessage> renderActivationEmail(const ActivationEmailData& data, const MailIdentity& identity,
                                          const QString& messageId, const QDateTime& date)
{
    using R = Result<MimeMessage>;
    auto text = loadTemplate(identity.language, QStringLiteral("txt"));
    auto html = loadTemplate(identity.language, QStringLiteral("html"));
    if (!text)
        return R::failure(text.cause());
    if (!html)
        return R::failure(html.cause());
    auto split = splitSubject(text.value());
    if (!split)
        return R::failure(split.cause());
    auto qr = QrCode::encode(data.link);
    if (!qr)
        return R::failure(qr.cause());

    const QString contentId = QStringLiteral("activation-qr@keydesk");
    const QString organisation = identity.organisation.trimmed().isEmpty()
                                     ? QCoreApplication::translate("ActivationEmail", "Your helpdesk")
                                     : identity.organisation.trimmed();
    QHash<QString, QString> values{
        {QStringLiteral("name"), data.name},
        {QStringLiteral("email"), data.email},
        {QStringLiteral("organisation"), organisation},
        {QStringLiteral("link"), data.link},
        {QStringLiteral("code"), data.manualCode},
        {QStringLiteral("expires"),
         formatExpiry(QDateTime::fromMSecsSinceEpoch(data.expiresAtMs, Qt::UTC), identity.language)},
        {QStringLiteral("qr_cid"), contentId},
        {QStringLiteral("lang"), identity.language},
        {QStringLiteral("dir"), QLocale(identity.language).textDirection() == Qt::RightToLeft
                                    ? QStringLiteral("rtl")
                                    : QStringLiteral("ltr")},
    };
    MimeMessage message;
    message.subject = withReminder(fill(split->first, values, false), data.reminder);
    values.insert(QStringLiteral("subject"), message.subject);
    message.from = identity.from;
    message.to = MailAddress{data.email, data.name};
    message.messageId = messageId;
    message.date = date;
    message.textBody = fill(split->second, values, false);
    message.htmlBody = fill(html.value(), values, true);
    message.images.append(
        InlineImage{contentId, QStringLiteral("activation-qr.png"), "image/png", qr->toPng(6)});
    return message;
}

} // namespace keydesk
