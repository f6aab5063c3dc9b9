// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QByteArray>
#include <QString>

namespace keydesk::authenticator {

// Writes CTAP2 canonical CBOR (shortest heads, definite lengths). The caller orders map keys.
// Kept byte-exact and tiny so tests can also write deliberately malformed CBOR next to it.
class CborWriter
{
public:
    CborWriter& integer(qint64 value);
    CborWriter& bytes(const QByteArray& value);
    CborWriter& text(QStringView value);
    CborWriter& text(const char* latin1);
    CborWriter& boolean(bool value);
    CborWriter& arrayHeader(quint64 count);
    CborWriter& mapHeader(quint64 count);
    CborWriter& raw(const QByteArray& encoded); // an already encoded item

    const QByteArray& data() const { return m_data; }

    // The head of a major type with its argument, in the shortest form.
    static QByteArray head(quint8 major, quint64 argument);

private:
    QByteArray m_data;
};

} // namespace keydesk::authenticator
