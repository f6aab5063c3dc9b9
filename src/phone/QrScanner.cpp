// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "QrScanner.h"

// The 1.4 headers warn unless told that text() returns UTF-8.
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <algorithm>

namespace keydesk::phone {

QStringList scanQrCodes(const QImage& image)
{
    if (image.isNull())
        return {};
    // 8-bit grey is what the decoder works on; converting once keeps any input format working.
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    ZXing::Results results = ZXing::ReadBarcodes(view, hints);
    std::sort(results.begin(), results.end(), [](const ZXing::Result& a, const ZXing::Result& b) {
        return a.position().topLeft().y < b.position().topLeft().y;
    });
    QStringList texts;
    for (const ZXing::Result& r : results)
        if (r.isValid())
            texts << QString::fromStdString(r.text());
    return texts;
}

} // namespace keydesk::phone
