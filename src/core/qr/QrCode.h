// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace keydesk {

// A QR code symbol (libqrencode, error correction level M) as a square of dark/light modules,
// and its renderings. The quiet zone of four modules that scanners need is part of every
// rendering, not of the matrix.
class QrCode
{
public:
    static constexpr int kQuietZoneModules = 4;

    static Result<QrCode> encode(const QString& text);

    int size() const { return m_size; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const { return m_modules[y * m_size + x]; }

    // Vector image: one path, crisp at any size. `moduleSize` in SVG user units.
    QByteArray toSvg(int moduleSize = 8) const;
    // Black-and-white PNG, each module `scale` pixels square.
    QByteArray toPng(int scale = 8) const;
    // Lines of text for a terminal, two module rows per line in half blocks (U+2580, U+2584,
    // U+2588). Light modules are the drawn ones, for light text on a dark terminal, as
    // `qrencode -t UTF8` does; scanners read the symbol either way round.
    QString toTerminalText() const;

private:
    QrCode() = default;
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace keydesk
