// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "MimeMessage.h"

#include <QRandomGenerator>
#include <QUuid>

namespace keydesk {

namespace {

constexpr QByteArrayView kCrlf("\r\n");

bool isPlainHeaderText(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    // "=?" would read as the start of an encoded word.
    return !text.contains(QLatin1String("=?"));
}

// Base64 in lines of 76 characters, as RFC 2045 asks.
QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76) {
        out += b64.mid(i, 76);
        out += kCrlf;
    }
    return out;
}

QByteArray makeBoundary(const char* kind)
{
    // Base64 of random bytes can never occur in a base64 body with the "=_" prefix.
    QByteArray random(18, Qt::Uninitialized);
    for (char& c : random)
        c = char(QRandomGenerator::global()->bounded(256));
    return QByteArray("=_kd_") + kind + '_' + random.toBase64(QByteArray::Base64UrlEncoding);
}

QByteArray textPart(const QByteArray& contentType, const QString& body)
{
    QString normalized = body;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return "Content-Type: " + contentType + "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
           base64Lines(normalized.toUtf8());
}

} // namespace

QByteArray encodeHeaderText(const QString& text)
{
    if (isPlainHeaderText(text))
        return text.toLatin1();
    // Each word: "=?UTF-8?B?" + base64 + "?=" ≤ 75 characters leaves 63 base64 characters, i.e.
    // at most 45 bytes of UTF-8 per word; words never split a character.
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype len = (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        const QByteArray ch = text.mid(i, len).toUtf8();
        if (chunk.size() + ch.size() > 45) {
            words << chunk;
            chunk.clear();
        }
        chunk += ch;
        i += len;
    }
    if (!chunk.isEmpty())
        words << chunk;
    QByteArray out;
    for (const QByteArray& w : words) {
        if (!out.isEmpty())
            out += "\r\n "; // folded: the white space between encoded words is ignored
        out += "=?UTF-8?B?" + w.toBase64() + "?=";
    }
    return out;
}

QByteArray formatMailbox(const MailAddress& mailbox)
{
    const QByteArray address = '<' + mailbox.address.toLatin1() + '>';
    if (mailbox.name.trimmed().isEmpty())
        return address;
    QString name = mailbox.name.trimmed();
    if (isPlainHeaderText(name)) {
        name.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""));
        return '"' + name.toLatin1() + "\" " + address;
    }
    return encodeHeaderText(name) + ' ' + address;
}

QString makeMessageId(const QString& domain)
{
    return QStringLiteral("<%1@%2>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces), domain);
}

QByteArray formatMailDate(const QDateTime& date)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = date.toUTC();
    const QDate d = utc.date();
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()) + ' ' +
           months[d.month() - 1] + ' ' + QByteArray::number(d.year()) + ' ' +
           utc.time().toString(QStringLiteral("HH:mm:ss")).toLatin1() + " +0000";
}

QByteArray MimeMessage::render() const
{
    const QByteArray related = makeBoundary("rel");
    const QByteArray alternative = makeBoundary("alt");
    QByteArray out;
    out += "From: " + formatMailbox(from) + kCrlf;
    out += "To: " + formatMailbox(to) + kCrlf;
    out += "Subject: " + encodeHeaderText(subject) + kCrlf;
    out += "Date: " + formatMailDate(date) + kCrlf;
    out += "Message-ID: " + messageId.toLatin1() + kCrlf;
    out += "MIME-Version: 1.0\r\n";
    out += "Auto-Submitted: auto-generated\r\n";
    out += "Content-Type: multipart/related; type=\"multipart/alternative\"; boundary=\"" + related +
           "\"\r\n\r\n";
    out += "This is a MIME message.\r\n";
    out += "--" + related + kCrlf;
    out += "Content-Type: multipart/alternative; boundary=\"" + alternative + "\"\r\n\r\n";
    out += "--" + alternative + kCrlf + textPart("text/plain", textBody);
    out += "--" + alternative + kCrlf + textPart("text/html", htmlBody);
    out += "--" + alternative + "--\r\n";
    for (const InlineImage& image : images) {
        out += "--" + related + kCrlf;
        out += "Content-Type: " + image.mimeType + kCrlf;
        out += "Content-Transfer-Encoding: base64\r\n";
        out += "Content-ID: <" + image.contentId.toLatin1() + ">\r\n";
        out += "Content-Disposition: inline; filename=\"" + image.fileName.toLatin1() + "\"\r\n\r\n";
        out += base64Lines(image.data);
    }
    out += "--" + related + "--\r\n";
    return out;
}

} // namespace keydesk
