#include "Base64Url.h"

namespace keydesk::webauthn {

QString toBase64Url(const QByteArray& bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QByteArray> fromBase64Url(QStringView text)
{
    if (text.size() % 4 == 1)
        return std::nullopt;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') ||
                        u == u'-' || u == u'_';
        if (!ok)
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // Re-encoding must give the same text: rejects non-zero padding bits ("AB" vs "AA").
    if (toBase64Url(*decoded) != text)
        return std::nullopt;
    return std::move(*decoded);
}

} // namespace keydesk::webauthn
