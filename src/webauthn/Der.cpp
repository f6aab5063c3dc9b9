// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Der.h"

namespace keydesk::webauthn {

bool DerReader::next(DerElement& element)
{
    if (m_failed || atEnd())
        return false;
    const auto byte = [this](quint8& out) {
        if (m_pos >= m_data.size())
            return false;
        out = quint8(m_data[m_pos++]);
        return true;
    };
    quint8 first = 0;
    byte(first);
    element.tagClass = first >> 6;
    element.constructed = first & 0x20;
    element.tagNumber = first & 0x1f;
    if (element.tagNumber == 0x1f) {
        // High tag number: base-128 digits; Android's tags reach 7xx, so four digits suffice.
        quint32 number = 0;
        quint8 digit = 0;
        int digits = 0;
        do {
            if (!byte(digit) || ++digits > 4 || (digits == 1 && digit == 0x80))
                return fail();
            number = (number << 7) | (digit & 0x7f);
        } while (digit & 0x80);
        element.tagNumber = number;
    }
    quint8 lengthByte = 0;
    if (!byte(lengthByte))
        return fail();
    quint64 length = lengthByte;
    if (lengthByte & 0x80) {
        const int count = lengthByte & 0x7f;
        if (count == 0 || count > 4)
            return fail(); // indefinite or absurd lengths
        length = 0;
        for (int i = 0; i < count; ++i) {
            quint8 b = 0;
            if (!byte(b))
                return fail();
            length = (length << 8) | b;
        }
        if (length < 0x80)
            return fail(); // not the shortest form
    }
    if (length > quint64(m_data.size() - m_pos))
        return fail();
    element.content = m_data.sliced(m_pos, qsizetype(length));
    m_pos += qsizetype(length);
    return true;
}

bool derSmallInteger(QByteArrayView content, qint64& value)
{
    if (content.isEmpty() || content.size() > 8 || (quint8(content[0]) & 0x80))
        return false;
    value = 0;
    for (const char c : content)
        value = (value << 8) | quint8(c);
    return true;
}

} // namespace keydesk::webauthn
