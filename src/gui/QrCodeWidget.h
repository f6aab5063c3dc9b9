// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/qr/QrCode.h"

#include <QImage>
#include <QWidget>

#include <optional>

namespace keydesk::gui {

// Shows a QR code as large as the widget allows, each module a whole number of device pixels
// (crisp on any screen scale), on white with the four-module quiet zone scanners need.
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget* parent = nullptr);

    // Empty text clears the code; an unencodable one shows nothing and returns false.
    bool setText(const QString& text);
    QString text() const { return m_text; }
    // What to show instead of a code ("Activated"), in large type.
    void setMessage(const QString& message);
    const std::optional<QrCode>& code() const { return m_code; }

    // The code as an image with `modulePixels` per module, quiet zone included.
    QImage toImage(int modulePixels) const;

    QSize sizeHint() const override { return {360, 360}; }
    QSize minimumSizeHint() const override { return {240, 240}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    QString m_message;
    std::optional<QrCode> m_code;
};

} // namespace keydesk::gui
