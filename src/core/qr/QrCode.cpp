// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "QrCode.h"

#include "PngWriter.h"

#include <qrencode.h>

#include <memory>

#include <QCoreApplication>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(QrCode)
};

} // namespace

namespace keydesk {

Result<QrCode> QrCode::encode(const QString& text)
{
    using R = Result<QrCode>;
    const QByteArray utf8 = text.toUtf8();
    // 8-bit mode keeps the text exactly as given (QR_MODE_KANJI and friends would reinterpret it).
    std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeData(int(utf8.size()), reinterpret_cast<const unsigned char*>(utf8.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!symbol)
        return R::failure(Text::tr("cannot encode %1 bytes as a QR code").arg(utf8.size()));
    QrCode code;
    code.m_size = symbol->width;
    code.m_modules.resize(qsizetype(code.m_size) * code.m_size);
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = symbol->data[i] & 1; // bit 0 is the module's colour
    return code;
}

QString QrCode::toTerminalText() const
{
    const int side = m_size + 2 * kQuietZoneModules;
    const auto light = [&](int x, int y) {
        x -= kQuietZoneModules;
        y -= kQuietZoneModules;
        return x < 0 || y < 0 || x >= m_size || y >= m_size || !isDark(x, y);
    };
    QString text;
    for (int y = 0; y < side; y += 2) {
        for (int x = 0; x < side; ++x) {
            const bool top = light(x, y);
            const bool bottom = y + 1 < side ? light(x, y + 1) : false;
            text += top && bottom ? QChar(0x2588)
                    : top         ? QChar(0x2580)
                    : bottom      ? QChar(0x2584)
                                  : QChar(u' ');
        }
        text += u'\n';
    }
    return text;
}

QByteArray QrCode::toSvg(int moduleSize) const
{
    const int side = (m_size + 2 * kQuietZoneModules) * moduleSize;
    QByteArray path;
    path.reserve(m_size * m_size * 6);
    // One horizontal run of dark modules per subpath keeps the file small.
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size;) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < m_size && isDark(x + run, y))
                ++run;
            path += 'M' + QByteArray::number((x + kQuietZoneModules) * moduleSize) + ' ' +
                    QByteArray::number((y + kQuietZoneModules) * moduleSize) + 'h' +
                    QByteArray::number(run * moduleSize) + 'v' + QByteArray::number(moduleSize) + 'h' +
                    QByteArray::number(-run * moduleSize) + 'z';
            x += run;
        }
    }
    const QByteArray n = QByteArray::number(side);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
           "version=\"1.1\" width=\"" +
           n + "\" height=\"" + n + "\" viewBox=\"0 0 " + n + ' ' + n +
           "\" shape-rendering=\"crispEdges\">\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n"
           "<path fill=\"#000\" d=\"" +
           path + "\"/>\n</svg>\n";
}

QByteArray QrCode::toPng(int scale) const
{
    const int side = (m_size + 2 * kQuietZoneModules) * scale;
    MonochromeImage image(side, side);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                image.fillRect((x + kQuietZoneModules) * scale, (y + kQuietZoneModules) * scale, scale,
                               scale);
        }
    }
    return encodePng(image);
}

} // namespace keydesk
