// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "QrCodeWidget.h"

#include <QPainter>

namespace keydesk::gui {

QrCodeWidget::QrCodeWidget(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Activation QR code"));
}

bool QrCodeWidget::setText(const QString& text)
{
    m_text = text;
    m_code.reset();
    bool ok = true;
    if (!text.isEmpty()) {
        auto encoded = QrCode::encode(text);
        ok = encoded.ok();
        if (ok)
            m_code = encoded.value();
    }
    setAccessibleDescription(text);
    update();
    return ok;
}

void QrCodeWidget::setMessage(const QString& message)
{
    m_message = message;
    update();
}

QImage QrCodeWidget::toImage(int modulePixels) const
{
    if (!m_code)
        return {};
    const int modules = m_code->size() + 2 * QrCode::kQuietZoneModules;
    QImage image(modules * modulePixels, modules * modulePixels, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int y = 0; y < m_code->size(); ++y) {
        for (int x = 0; x < m_code->size(); ++x) {
            if (!m_code->isDark(x, y))
                continue;
            for (int dy = 0; dy < modulePixels; ++dy)
                for (int dx = 0; dx < modulePixels; ++dx)
                    image.setPixel((x + QrCode::kQuietZoneModules) * modulePixels + dx,
                                   (y + QrCode::kQuietZoneModules) * modulePixels + dy, 1);
        }
    }
    return image;
}

void QrCodeWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (!m_code) {
        painter.fillRect(rect(), palette().window());
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 2.2);
        big.setBold(true);
        painter.setFont(big);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    // Whole device pixels per module: no module is smeared across two pixels.
    const qreal dpr = devicePixelRatioF();
    const int modules = m_code->size() + 2 * QrCode::kQuietZoneModules;
    const int sideDevice = int(std::min(width(), height()) * dpr);
    const int modulePixels = std::max(1, sideDevice / modules);
    QImage image = toImage(modulePixels);
    image.setDevicePixelRatio(dpr);
    const QSizeF logical = QSizeF(image.size()) / dpr;
    const QPointF topLeft((width() - logical.width()) / 2, (height() - logical.height()) / 2);
    painter.fillRect(rect(), Qt::white);
    painter.drawImage(topLeft, image);
}

} // namespace keydesk::gui
