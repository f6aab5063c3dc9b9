// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QByteArrayView>

namespace keydesk::webauthn {

// A minimal, bounds-checked DER reader for the few certificate extensions the attestation
// formats define (Android key description, Apple nonce). Definite lengths only.
struct DerElement
{
    enum Class : quint8
    {
        Universal = 0,
        Application = 1,
        ContextSpecific = 2,
        Private = 3,
    };
    quint8 tagClass = Universal;
    bool constructed = false;
    quint32 tagNumber = 0;
    QByteArrayView content;

    bool is(quint8 cls, quint32 number) const { return tagClass == cls && tagNumber == number; }
};

class DerReader
{
public:
    explicit DerReader(QByteArrayView data) : m_data(data) {}

    // Reads the next element; false at the end or on malformed input (then failed() is true).
    bool next(DerElement& element);
    bool atEnd() const { return m_pos == m_data.size(); }
    qsizetype position() const { return m_pos; }
    bool failed() const { return m_failed; }

private:
    bool fail()
    {
        m_failed = true;
        return false;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

// DER universal tags used here.
constexpr quint32 kDerInteger = 2;
constexpr quint32 kDerOctetString = 4;
constexpr quint32 kDerNull = 5;
constexpr quint32 kDerEnumerated = 10;
constexpr quint32 kDerSequence = 16;
constexpr quint32 kDerSet = 17;

// A small non-negative INTEGER/ENUMERATED value; false when negative or over 63 bits.
bool derSmallInteger(QByteArrayView content, qint64& value);

} // namespace keydesk::webauthn
