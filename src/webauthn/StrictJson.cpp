// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "StrictJson.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <list>

namespace {

// What this file says about a ceremony: catalogue entries and arguments, translated when read
// (base/Error.h), so a stored verdict holds no sentences.
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(StrictJson)
};

} // namespace

namespace keydesk::webauthn {

namespace {

// Bytes that stand for themselves inside a string: printable ASCII but '"' and '\\'.
constexpr std::array<bool, 256> plainStringBytes()
{
    std::array<bool, 256> table{};
    for (int c = 0x20; c < 0x80; ++c)
        table[size_t(c)] = c != '"' && c != '\\';
    return table;
}
constexpr std::array<bool, 256> kPlainStringByte = plainStringBytes();

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray& out, char32_t code)
{
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xc0 | (code >> 6));
        out += char(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
        out += char(0xe0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3f));
        out += char(0x80 | (code & 0x3f));
    } else {
        out += char(0xf0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3f));
        out += char(0x80 | ((code >> 6) & 0x3f));
        out += char(0x80 | (code & 0x3f));
    }
}

// Resolves the escapes of a string the parser already validated.
QByteArray unescape(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            const auto hex4 = [&](qsizetype at) {
                return char32_t((hexValue(raw[at]) << 12) | (hexValue(raw[at + 1]) << 8) |
                                (hexValue(raw[at + 2]) << 4) | hexValue(raw[at + 3]));
            };
            char32_t code = hex4(i + 1);
            i += 4;
            if (code >= 0xd800 && code <= 0xdbff) { // validated: a low surrogate follows
                const char32_t low = hex4(i + 3);
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                i += 6;
            }
            appendUtf8(out, code);
            break;
        }
        default:
            out += e;
            break; // \" \\ \/
        }
    }
    return out;
}

} // namespace

class JsonParser
{
public:
    explicit JsonParser(QByteArrayView text) : m_text(text) {}

    bool document(JsonValue& root)
    {
        skipSpace();
        if (!value(root, 0))
            return false;
        skipSpace();
        if (m_pos != m_text.size())
            return fail(Text::tr("unexpected data after the JSON value"));
        return true;
    }

    Error error() const { return Text::tr("%1 at byte %2").arg(m_error).arg(m_pos); }

private:
    bool fail(Error message)
    {
        m_error = std::move(message);
        return false;
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    void skipSpace()
    {
        while (!atEnd() && isSpace(m_text[m_pos]))
            ++m_pos;
    }
    bool literal(const char* word)
    {
        const QByteArrayView w(word);
        if (m_text.sliced(m_pos).startsWith(w)) {
            m_pos += w.size();
            return true;
        }
        return fail(Text::tr("invalid value"));
    }

    bool value(JsonValue& out, int depth)
    {
        if (depth > kMaxJsonDepth)
            return fail(Text::tr("JSON nested deeper than %1 levels").arg(kMaxJsonDepth));
        switch (peek()) {
        case '{':
            return object(out, depth);
        case '[':
            return array(out, depth);
        case '"':
            out.m_type = JsonValue::Type::String;
            return string(out.m_raw, out.m_escaped);
        case 't':
            out.m_type = JsonValue::Type::Bool;
            out.m_bool = true;
            return literal("true");
        case 'f':
            out.m_type = JsonValue::Type::Bool;
            return literal("false");
        case 'n':
            out.m_type = JsonValue::Type::Null;
            return literal("null");
        default:
            out.m_type = JsonValue::Type::Number;
            return number();
        }
    }

    bool object(JsonValue& out, int depth)
    {
        out.m_type = JsonValue::Type::Object;
        QVarLengthArray<QByteArrayView, 16> names;
        std::list<QByteArray> unescapedNames; // stable storage for names that had escapes
        out.m_items.reserve(8);               // WebAuthn's objects are small: one allocation, no regrowth
        ++m_pos;                              // {
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (peek() != '"')
                return fail(atEnd() ? Text::tr("unterminated object") : Text::tr("expected a member name"));
            JsonValue member;
            const qsizetype nameAt = m_pos;
            if (!string(member.m_name, member.m_nameEscaped))
                return false;
            if (out.m_items.size() == kMaxJsonMembers)
                return fail(Text::tr("more than %1 members in an object").arg(kMaxJsonMembers));
            // Names compare after unescaping: "\u006frigin" is "origin".
            QByteArrayView name = member.m_name;
            if (member.m_nameEscaped) {
                unescapedNames.push_back(unescape(member.m_name));
                name = unescapedNames.back();
            }
            if (std::find(names.begin(), names.end(), name) != names.end()) {
                m_pos = nameAt;
                return fail(Text::tr("duplicate member \"%1\"").arg(QString::fromUtf8(name)));
            }
            names.push_back(name);
            skipSpace();
            if (peek() != ':')
                return fail(Text::tr("expected ':'"));
            ++m_pos;
            skipSpace();
            if (!value(member, depth + 1))
                return false;
            out.m_items.push_back(std::move(member));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            return fail(atEnd() ? Text::tr("unterminated object") : Text::tr("expected ',' or '}'"));
        }
    }

    bool array(JsonValue& out, int depth)
    {
        out.m_type = JsonValue::Type::Array;
        ++m_pos; // [
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (out.m_items.size() == kMaxJsonItems)
                return fail(Text::tr("more than %1 items in an array").arg(kMaxJsonItems));
            JsonValue item;
            if (!value(item, depth + 1))
                return false;
            out.m_items.push_back(std::move(item));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            return fail(atEnd() ? Text::tr("unterminated array") : Text::tr("expected ',' or ']'"));
        }
    }

    // Validates a string: escapes, surrogate pairs, no control characters, well-formed UTF-8.
    bool string(QByteArrayView& raw, bool& escaped)
    {
        ++m_pos; // "
        const qsizetype start = m_pos;
        escaped = false;
        const char* data = m_text.data();
        const qsizetype size = m_text.size();
        while (true) {
            // Most of a WebAuthn document is long base64url strings: skip plain ASCII quickly.
            while (m_pos < size && kPlainStringByte[quint8(data[m_pos])])
                ++m_pos;
            if (atEnd())
                return fail(Text::tr("unterminated string"));
            const auto c = quint8(m_text[m_pos]);
            if (c == '"')
                break;
            if (c < 0x20)
                return fail(Text::tr("control character in a string"));
            if (c == '\\') {
                escaped = true;
                if (!escape())
                    return false;
                continue;
            }
            if (c >= 0x80 && !utf8Sequence())
                return false;
            if (c < 0x80)
                ++m_pos;
        }
        raw = m_text.sliced(start, m_pos - start);
        ++m_pos; // "
        return true;
    }

    bool escape()
    {
        ++m_pos; // backslash
        const char e = peek();
        if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
            ++m_pos;
            return true;
        }
        if (e != 'u')
            return fail(Text::tr("invalid escape"));
        int code = 0;
        if (!hex4(code))
            return false;
        if (code >= 0xdc00 && code <= 0xdfff)
            return fail(Text::tr("unpaired surrogate"));
        if (code >= 0xd800 && code <= 0xdbff) {
            int low = 0;
            if (peek() != '\\' || m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != 'u')
                return fail(Text::tr("unpaired surrogate"));
            ++m_pos;
            if (!hex4(low) || low < 0xdc00 || low > 0xdfff)
                return fail(Text::tr("unpaired surrogate"));
        }
        return true;
    }

    bool hex4(int& code)
    {
        ++m_pos; // u
        if (m_text.size() - m_pos < 4)
            return fail(Text::tr("unterminated string"));
        code = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(m_text[m_pos++]);
            if (digit < 0)
                return fail(Text::tr("invalid \\u escape"));
            code = (code << 4) | digit;
        }
        return true;
    }

    // One UTF-8 sequence of 2 to 4 bytes, shortest form, no surrogates, at most U+10FFFF.
    bool utf8Sequence()
    {
        const auto lead = quint8(m_text[m_pos]);
        int length = 0;
        char32_t code = 0;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
            code = lead & 0x1f;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            code = lead & 0x0f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            code = lead & 0x07;
        } else {
            return fail(Text::tr("invalid UTF-8"));
        }
        if (m_text.size() - m_pos < length)
            return fail(Text::tr("invalid UTF-8"));
        for (int i = 1; i < length; ++i) {
            const auto next = quint8(m_text[m_pos + i]);
            if ((next & 0xc0) != 0x80)
                return fail(Text::tr("invalid UTF-8"));
            code = (code << 6) | (next & 0x3f);
        }
        if ((length == 3 && (code < 0x800 || (code >= 0xd800 && code <= 0xdfff))) ||
            (length == 4 && (code < 0x10000 || code > 0x10ffff)))
            return fail(Text::tr("invalid UTF-8"));
        m_pos += length;
        return true;
    }

    // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    bool number()
    {
        const auto digits = [this] {
            const qsizetype start = m_pos;
            while (!atEnd() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
                ++m_pos;
            return m_pos > start;
        };
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0')
            ++m_pos;
        else if (!digits())
            return fail(atEnd() ? Text::tr("unexpected end") : Text::tr("invalid value"));
        if (peek() == '.') {
            ++m_pos;
            if (!digits())
                return fail(Text::tr("invalid number"));
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!digits())
                return fail(Text::tr("invalid number"));
        }
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    Error m_error;
};

QByteArray JsonValue::utf8() const
{
    return m_escaped ? unescape(m_raw) : m_raw.toByteArray();
}

const JsonValue* JsonValue::member(QByteArrayView name) const
{
    if (m_type != Type::Object)
        return nullptr;
    for (const JsonValue& m : m_items) {
        if (m.m_nameEscaped ? unescape(m.m_name) == name : m.m_name == name)
            return &m;
    }
    return nullptr;
}

std::optional<JsonValue> parseStrictJson(QByteArrayView text, Error* error)
{
    JsonParser parser(text);
    JsonValue root;
    if (!parser.document(root)) {
        if (error)
            *error = parser.error();
        return std::nullopt;
    }
    return root;
}

} // namespace keydesk::webauthn
