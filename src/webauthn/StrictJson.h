// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Error.h"
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace keydesk::webauthn {

// A strict JSON reader (RFC 8259) for the small documents WebAuthn exchanges. Stricter than
// QJsonDocument where it matters for a relying party: a member name may appear once per object
// (no "last one wins" for a second "origin"), nesting is bounded, strings must be valid UTF-8
// and every value is checked, including the members nobody reads. It is also several times
// faster: strings stay views into the input and are only unescaped when asked for.
class JsonValue
{
public:
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object,
    };

    Type type() const { return m_type; }
    bool isString() const { return m_type == Type::String; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isBool() const { return m_type == Type::Bool; }
    bool boolean() const { return m_bool; }

    // A string's bytes as UTF-8 (escapes resolved) and as text.
    QByteArray utf8() const;
    // The string exactly as written, when it has no escapes (base64url never does): no copy.
    std::optional<QByteArrayView> unescapedView() const
    {
        return m_escaped ? std::nullopt : std::optional<QByteArrayView>(m_raw);
    }
    QString text() const { return m_escaped ? QString::fromUtf8(utf8()) : QString::fromUtf8(m_raw); }
    // The member of an object, or nullptr.
    const JsonValue* member(QByteArrayView name) const;
    const std::vector<JsonValue>& items() const { return m_items; }

private:
    friend class JsonParser;
    Type m_type = Type::Null;
    bool m_bool = false;
    bool m_escaped = false; // the string holds escapes
    QByteArrayView m_raw;   // a string's contents between the quotes, as in the input
    QByteArrayView m_name;  // the member name (raw) when this value is an object member
    bool m_nameEscaped = false;
    std::vector<JsonValue> m_items; // array items or object members
};

constexpr int kMaxJsonDepth = 16;
constexpr size_t kMaxJsonMembers = 64; // per object
constexpr size_t kMaxJsonItems = 256;  // per array

// Parses one JSON value that fills text (whitespace aside). The returned value refers into
// text, which must outlive it. nullopt with error set ("… at byte N") otherwise.
std::optional<JsonValue> parseStrictJson(QByteArrayView text, Error* error);

} // namespace keydesk::webauthn
