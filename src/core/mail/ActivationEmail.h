#pragma once

#include "MimeMessage.h"
#include "core/Result.h"
#include "core/domain/User.h"

namespace keydesk {

// Who activation emails come from: SMTP settings handed down by the console or the CLI.
struct MailIdentity
{
    MailAddress from;
    QString organisation; // "Contoso IT" in "Contoso IT has set up a security key for you"
    QString language = QStringLiteral("en");
};

struct ActivationEmailInput
{
    User user;
    QString link;
    QString manualCode; // grouped 4-4
    QDateTime expiresAt;
    QString messageId;
    QDateTime date;
};

// The activation email from the translatable templates in resources/mail
// (activation-email.<language>.txt and .html, English when the language has none): the link,
// the code, and the link as an inline QR image.
Result<MimeMessage> renderActivationEmail(const ActivationEmailInput& input, const MailIdentity& identity);

} // namespace keydesk
