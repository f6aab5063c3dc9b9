// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QImage>
#include <QStringList>

namespace keydesk::phone {

// Reads QR codes the way a phone camera would: from any image (a screen grab, a photo, a saved
// PNG), wherever in it they are. ZXing-C++ does the decoding. Returns the text of every QR code
// found, top to bottom; empty if none.
QStringList scanQrCodes(const QImage& image);

} // namespace keydesk::phone
