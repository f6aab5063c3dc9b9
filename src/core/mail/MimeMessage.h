// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace keydesk {

// An image shown inside the HTML part, referenced as <img src="cid:...">.
struct InlineImage
{
    QString contentId; // without angle brackets
    QString fileName;
    QByteArray mimeType; // "image/png"
    QByteArray data;
};

// A mail address with an optional display name.
struct MailAddress
{
    QString address;
    QString name;
};

// An email as KeyDesk sends it: multipart/related around multipart/alternative (plain text and
// HTML) plus inline images. Rendered with CRLF line ends and only 7-bit content: bodies are
// base64, headers with non-ASCII text are RFC 2047 encoded words.
struct MimeMessage
{
    MailAddress from;
    MailAddress to;
    QString subject;
    QString messageId; // "<unique@domain>"
    QDateTime date;
    QString textBody;
    QString htmlBody;
    QList<InlineImage> images;

    QByteArray render() const;
};

// "=?UTF-8?B?...?=" words (each ≤ 75 characters, split on character boundaries) when the text is
// not plain printable ASCII; the text itself otherwise.
QByteArray encodeHeaderText(const QString& text);
// `"Name" <address>` with the name encoded as needed.
QByteArray formatMailbox(const MailAddress& mailbox);
// A new globally unique Message-ID under `domain`.
QString makeMessageId(const QString& domain);
// RFC 5322 date-time, e.g. "Sun, 29 Nov 2026 06:09:13 +0000".
QByteArray formatMailDate(const QDateTime& date);

} // namespace keydesk
