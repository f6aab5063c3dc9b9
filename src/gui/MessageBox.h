// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QMessageBox>

namespace keydesk::gui {

// QMessageBox behind one door so tests can answer the next question without a human.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget* parent, const QString& title, const QString& text);

    // Tests: the next question returns this instead of showing a box; warnings are recorded.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastWarning();

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastWarning;
};

} // namespace keydesk::gui
