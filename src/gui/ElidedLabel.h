// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QLabel>

namespace keydesk::gui {

// A one-line label that never makes its window wider than the screen: when its text does not fit,
// it is drawn shortened with "…" and shown whole in the tooltip. text() is always the whole text.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(Qt::TextElideMode mode, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    // At most about 60 characters wide: one long message does not crowd out its neighbours.
    QSize sizeHint() const override;
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    Qt::TextElideMode m_mode;
};

} // namespace keydesk::gui
