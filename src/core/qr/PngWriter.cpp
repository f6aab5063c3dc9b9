// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "PngWriter.h"

#include <QtEndian>

#include <array>

namespace keydesk {

namespace {

const std::array<quint32, 256>& crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return table;
}

// CRC-32 as PNG defines it (ISO 3309), over the chunk type and data.
quint32 crc32(const QByteArray& bytes)
{
    quint32 c = 0xffffffffu;
    for (char b : bytes)
        c = crcTable()[(c ^ quint8(b)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

void appendBigEndian(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray& png, const char* type, const QByteArray& data)
{
    appendBigEndian(png, quint32(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    png += typed;
    appendBigEndian(png, crc32(typed));
}

} // namespace

MonochromeImage::MonochromeImage(int width, int height)
    : m_width(width), m_height(height), m_stride((width + 7) / 8),
      m_rows(qsizetype(m_stride) * height, char(0xff))
{}

void MonochromeImage::fillRect(int x, int y, int w, int h)
{
    for (int row = y; row < y + h && row < m_height; ++row) {
        for (int col = x; col < x + w && col < m_width; ++col)
            m_rows[qsizetype(row) * m_stride + col / 8] &= char(~(0x80 >> (col % 8)));
    }
}

QByteArray encodePng(const MonochromeImage& image)
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendBigEndian(header, quint32(image.width()));
    appendBigEndian(header, quint32(image.height()));
    header +=
        QByteArray("\x01\x00\x00\x00\x00", 5); // bit depth 1, greyscale, deflate, no filter, no interlace
    appendChunk(png, "IHDR", header);

    QByteArray raw;
    raw.reserve(qsizetype(image.height()) * (image.stride() + 1));
    for (int row = 0; row < image.height(); ++row) {
        raw += '\0'; // filter type None
        raw += image.rows().mid(qsizetype(row) * image.stride(), image.stride());
    }
    // qCompress gives a 4-byte length prefix followed by exactly the zlib stream PNG wants.
    appendChunk(png, "IDAT", qCompress(raw, 9).mid(4));
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace keydesk
