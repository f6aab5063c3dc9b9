// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "MimeMessage.h"
#include "base/Result.h"
#include "core/domain/User.h"

namespace keydesk {

// Who activation emails come from: SMTP settings handed down by the console or the CLI.
struct MailIdentity
{
    MailAddress from;
    QString organisation; // "Contoso IT" in "Contoso IT has set up a security key for you"
    QString language = QStringLiteral("en");
};

// What an activation email says, as the outbox keeps it until the sender renders it: queueing
// stays cheap (a workflow queues thousands at once) and the email uses the sender's identity.
struct ActivationEmailData
{
    QString name;
    QString email;
    QString link;
    QString manualCode; // grouped 4-4
    qint64 expiresAtMs = 0;
    bool reminder = false;

    QByteArray toPayload() const;
    static std::optional<ActivationEmailData> fromPayload(const QByteArray& payload, Error* error);
};

// The domain of the sender's address, for Message-IDs ("keydesk.local" without one).
QString messageIdDomain(const MailIdentity& identity);

// The languages activation emails can be written in: those with both templates, "en" first.
QStringList activationEmailLanguages();

// The subject the template gives, as listed in the outbox.
QString activationEmailSubject(const QString& language, bool reminder);

// The activation email from the translatable templates in resources/mail
// (activation-email.<language>.txt and .html, English when the language has none): the link,
// the code, and the link as an inline QR image.
Result<MimeMessage> renderActivationEmail(const ActivationEmailData& data, const MailIdentity& identity,
                                          const QString& messageId, const QDateTime& date);

} // namespace keydesk
