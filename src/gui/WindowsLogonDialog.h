// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/User.h"
#include "core/domain/WindowsLogon.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace keydesk {
class Core;
}

namespace keydesk::gui {

// How the user signs in to Windows with the smartphone key: a dedicated PC paired with the phone
// (computer name, pairing date) or a shared PC with a security key reader (where it is). The
// store checks the values; a refusal is shown here and nothing is saved.
class WindowsLogonDialog : public QDialog
{
    Q_OBJECT

public:
    WindowsLogonDialog(Core& core, User user, const std::optional<WindowsLogon>& current,
                       QWidget* parent = nullptr);

    // What the form says now.
    WindowsLogon logon() const;
    // Saves (accepting the dialog) or shows why not; the OK button calls it.
    bool save();
    QString errorText() const;

private:
    void updateEnabled();

    Core& m_core;
    User m_user;
    QRadioButton* m_dedicated = nullptr;
    QRadioButton* m_shared = nullptr;
    QLineEdit* m_pcName = nullptr;
    QDateEdit* m_pairedOn = nullptr;
    QLineEdit* m_reader = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace keydesk::gui
