// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Error.h"
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cbor.h>

#include <optional>
#include <utility>
#include <vector>

namespace keydesk::webauthn {

// Owns one libcbor item (drops its reference on destruction).
class CborItem
{
public:
    CborItem() = default;
    explicit CborItem(cbor_item_t* item) : m_item(item) {}
    CborItem(CborItem&& other) noexcept : m_item(std::exchange(other.m_item, nullptr)) {}
    CborItem& operator=(CborItem&& other) noexcept
    {
        reset();
        m_item = std::exchange(other.m_item, nullptr);
        return *this;
    }
    CborItem(const CborItem&) = delete;
    CborItem& operator=(const CborItem&) = delete;
    ~CborItem() { reset(); }

    cbor_item_t* get() const { return m_item; }
    explicit operator bool() const { return m_item != nullptr; }
    void reset()
    {
        if (m_item)
            cbor_decref(&m_item);
    }

private:
    cbor_item_t* m_item = nullptr;
};

// libcbor 0.8 trusts declared lengths (it allocates before it sees the bytes are missing),
// accepts trailing bytes, duplicate map keys and unbounded nesting. So every item is first
// walked by our own scanner, which allocates nothing, and only then handed to cbor_load.
//
// The scanner accepts definite lengths only (CTAP2's canonical form has no others), no tags, no
// simple values but false/true/null, at most kMaxCborDepth levels, and no two equal keys in a map.
constexpr int kMaxCborDepth = 16;

// The length in bytes of the well-formed item at the start of data, or nullopt with error set.
std::optional<qsizetype> scanCborItem(QByteArrayView data, Error* error);

// Decodes the one item that fills data exactly. A null item with error set otherwise.
CborItem decodeCborExactly(QByteArrayView data, Error* error);

// Decodes the item at the start of data and reports how many bytes it occupied, so the caller
// can walk on by the real encoding (never by re-encoding the item).
CborItem decodeCborPrefix(QByteArrayView data, qsizetype* length, Error* error);

// CBOR read straight from its encoding, without libcbor's per-item allocations: for the flat
// structures WebAuthn defines (the COSE key, the attestation object, attestation statements,
// x5c). The scanner vets the whole item first (same rules as above), so values are only
// interpreted, never trusted. Nested values are kept as their exact encoding.
struct CborValue
{
    quint8 major = 0;   // 0/1 integer, 2 bytes, 3 text, 4 array, 5 map, 7 simple
    qint64 integer = 0; // for major 0/1, when it fits
    bool integerFits = false;
    QByteArrayView bytes;   // for major 2/3, the payload
    QByteArrayView encoded; // the whole value as encoded

    std::optional<qint64> toInteger() const;
    std::optional<QByteArray> toBytes() const;
    std::optional<QString> toText() const; // valid UTF-8 only
};

struct CborMapEntry
{
    quint8 keyMajor = 0;    // 0/1 integer, 3 text
    qint64 key = 0;         // integer keys
    QByteArrayView keyText; // text keys
    CborValue value;
};

// Keys must be integers or text. nullopt with error set when the item is malformed, has
// trailing bytes, is not a map ("<what> is not a CBOR map") or has another kind of key.
std::optional<std::vector<CborMapEntry>> readCborMap(QByteArrayView encoded, QStringView what, Error* error);
// The items of an encoded array (nullopt when it is not one).
std::optional<std::vector<CborValue>> readCborArray(QByteArrayView encoded);
const CborValue* findCborEntry(const std::vector<CborMapEntry>& map, qint64 key);
const CborValue* findCborEntry(const std::vector<CborMapEntry>& map, QByteArrayView textKey);

} // namespace keydesk::webauthn
