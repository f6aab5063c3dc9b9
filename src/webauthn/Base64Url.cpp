#include "Base64Url.h"

#include <array>
#include <type_traits>

namespace keydesk::webauthn {

namespace {

constexpr quint8 kInvalid = 0xff;

constexpr std::array<quint8, 128> decodeTable()
{
    std::array<quint8, 128> table{};
    for (auto& v : table)
        v = kInvalid;
    const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (quint8 i = 0; i < 64; ++i)
        table[size_t(alphabet[i])] = i;
    return table;
}
constexpr std::array<quint8, 128> kDecode = decodeTable();

char16_t toCode(QChar c)
{
    return c.unicode();
}
char toCode(char c)
{
    return c;
}

} // namespace

QString toBase64Url(const QByteArray& bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

namespace {

template <typename Text> std::optional<QByteArray> decode(Text text)
{
    const qsizetype length = text.size();
    if (length % 4 == 1)
        return std::nullopt;
    QByteArray out(length / 4 * 3 + (length % 4 ? length % 4 - 1 : 0), Qt::Uninitialized);
    char* o = out.data();
    quint32 accumulator = 0;
    int bits = 0;
    for (const auto c : text) {
        const auto u = quint32(std::make_unsigned_t<decltype(toCode(c))>(toCode(c)));
        const quint8 value = u < 128 ? kDecode[u] : kInvalid;
        if (value == kInvalid)
            return std::nullopt; // includes '=', '+', '/' and whitespace
        accumulator = (accumulator << 6) | value;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *o++ = char((accumulator >> bits) & 0xff);
        }
    }
    // The last character's unused low bits must be zero, so each byte string has one spelling.
    if (accumulator & ((1u << bits) - 1))
        return std::nullopt;
    return out;
}

} // namespace

std::optional<QByteArray> fromBase64Url(QStringView text)
{
    return decode(text);
}

std::optional<QByteArray> fromBase64Url(QByteArrayView text)
{
    return decode(text);
}

} // namespace keydesk::webauthn
