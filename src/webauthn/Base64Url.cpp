// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
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

} // namespace

QString toBase64Url(const QByteArray& bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

namespace {

template <typename Char> quint32 sextet(Char c)
{
    const auto u = quint32(std::make_unsigned_t<Char>(c));
    return u < 128 ? kDecode[u] : kInvalid;
}

const char16_t* charsOf(QStringView text)
{
    return text.utf16();
}
const char* charsOf(QByteArrayView text)
{
    return text.data();
}

template <typename Text> std::optional<QByteArray> decode(Text text)
{
    const qsizetype length = text.size();
    const qsizetype tail = length % 4;
    if (tail == 1)
        return std::nullopt;
    QByteArray out(length / 4 * 3 + (tail ? tail - 1 : 0), Qt::Uninitialized);
    char* o = out.data();
    const auto* in = charsOf(text);
    // Four characters make three bytes. kInvalid has bit 7 set, which no sextet has: one test
    // per block catches '=', '+', '/', whitespace and anything beyond ASCII.
    qsizetype i = 0;
    for (; i + 4 <= length; i += 4) {
        const quint32 a = sextet(in[i]), b = sextet(in[i + 1]), c = sextet(in[i + 2]), d = sextet(in[i + 3]);
        if ((a | b | c | d) & 0x80)
            return std::nullopt;
        const quint32 v = a << 18 | b << 12 | c << 6 | d;
        *o++ = char(v >> 16);
        *o++ = char(v >> 8);
        *o++ = char(v);
    }
    if (tail) {
        quint32 v = 0;
        for (qsizetype k = 0; k < tail; ++k) {
            const quint32 s = sextet(in[i + k]);
            if (s & 0x80)
                return std::nullopt;
            v = v << 6 | s;
        }
        // The last character's unused low bits must be zero, so each byte string has one spelling.
        if (tail == 2) {
            if (v & 0x0f)
                return std::nullopt;
            *o++ = char(v >> 4);
        } else {
            if (v & 0x03)
                return std::nullopt;
            *o++ = char(v >> 10);
            *o++ = char(v >> 2);
        }
    }
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
