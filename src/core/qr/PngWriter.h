// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QByteArray>

namespace keydesk {

// A 1-bit image, white unless painted black; rows packed MSB first as PNG wants them.
class MonochromeImage
{
public:
    MonochromeImage(int width, int height);
    int width() const { return m_width; }
    int height() const { return m_height; }
    void fillRect(int x, int y, int w, int h); // paints black
    const QByteArray& rows() const { return m_rows; }
    int stride() const { return m_stride; }

private:
    int m_width;
    int m_height;
    int m_stride;
    QByteArray m_rows; // bit set = white, as PNG greyscale reads it
};

// A minimal PNG (IHDR, one IDAT, IEND; 1-bit greyscale) so that core can write QR images
// without Qt Gui. Compression is zlib's, through qCompress.
QByteArray encodePng(const MonochromeImage& image);

} // namespace keydesk
