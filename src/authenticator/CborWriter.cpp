// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CborWriter.h"

namespace keydesk::authenticator {

QByteArray CborWriter::head(quint8 major, quint64 argument)
{
    QByteArray out;
    const char type = char(major << 5);
    if (argument < 24) {
        out += char(type | char(argument));
        return out;
    }
    int size = 8;
    char info = 27;
    if (argument <= 0xff) {
        size = 1;
        info = 24;
    } else if (argument <= 0xffff) {
        size = 2;
        info = 25;
    } else if (argument <= 0xffffffffULL) {
        size = 4;
        info = 26;
    }
    out += char(type | info);
    for (int i = size - 1; i >= 0; --i)
        out += char((argument >> (8 * i)) & 0xff);
    return out;
}

CborWriter& CborWriter::integer(qint64 value)
{
    m_data += value >= 0 ? head(0, quint64(value)) : head(1, quint64(-1 - value));
    return *this;
}

CborWriter& CborWriter::bytes(const QByteArray& value)
{
    m_data += head(2, quint64(value.size()));
    m_data += value;
    return *this;
}

CborWriter& CborWriter::text(QStringView value)
{
    const QByteArray utf8 = value.toUtf8();
    m_data += head(3, quint64(utf8.size()));
    m_data += utf8;
    return *this;
}

CborWriter& CborWriter::text(const char* latin1)
{
    return text(QString::fromLatin1(latin1));
}

CborWriter& CborWriter::boolean(bool value)
{
    m_data += char(value ? 0xf5 : 0xf4);
    return *this;
}

CborWriter& CborWriter::arrayHeader(quint64 count)
{
    m_data += head(4, count);
    return *this;
}

CborWriter& CborWriter::mapHeader(quint64 count)
{
    m_data += head(5, count);
    return *this;
}

CborWriter& CborWriter::raw(const QByteArray& encoded)
{
    m_data += encoded;
    return *this;
}

} // namespace keydesk::authenticator
