// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "TestEmail.h"

#include "SmtpSession.h"
#include "core/mail/MimeMessage.h"

#include <QCoreApplication>

namespace keydesk::net {

MimeMessage testEmail(const SmtpSettings& settings, const QString& to)
{
    MimeMessage message;
    message.from = settings.identity.from;
    message.to = MailAddress{to, {}};
    message.subject = QCoreApplication::translate("TestEmail", "KeyDesk test email");
    message.messageId = makeMessageId(settings.identity.from.address.section(QLatin1Char('@'), 1));
    message.date = QDateTime::currentDateTimeUtc();
    message.textBody =
        QCoreApplication::translate("TestEmail", "KeyDesk can send email through %1:%2. Activation "
                                                 "emails will arrive like this one.")
            .arg(settings.host)
            .arg(settings.port);
    message.htmlBody = QStringLiteral("<p>") + message.textBody.toHtmlEscaped() + QStringLiteral("</p>");
    return message;
}

void sendTestEmail(const SmtpSettings& settings, const QString& to, QObject* context,
                   std::function<void(bool sent, const QString& text)> done)
{
    const QByteArray data = testEmail(settings, to).render();

    auto* session = new SmtpSession(settings, context);
    auto finished = std::make_shared<bool>(false);
    const auto report = [session, finished, done](bool sent, const QString& text) {
        if (*finished)
            return;
        *finished = true;
        done(sent, text);
        session->close();
        session->deleteLater();
    };
    QObject::connect(session, &SmtpSession::opened, session,
                     [session, to, data] { session->send(to, data); });
    QObject::connect(session, &SmtpSession::messageDone, session,
                     [report](SmtpSession::Outcome outcome, const Error& text) {
                         report(outcome == SmtpSession::Outcome::Sent, text.message());
                     });
    QObject::connect(session, &SmtpSession::sessionFailed, session,
                     [report](const Error& error) { report(false, error.message()); });
    session->open();
}

} // namespace keydesk::net
