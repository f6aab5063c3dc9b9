// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QDialog>

class QTextBrowser;

namespace keydesk::gui {

// Help > User Guide: docs/user-guide.md and its screenshots, built into the program so the guide
// opens offline and always matches this version.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    static QString guideUrl(); // "qrc:/guide/user-guide.md"

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace keydesk::gui
