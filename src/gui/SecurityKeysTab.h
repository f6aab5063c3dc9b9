// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/User.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class SecurityKeysTab;
}

namespace keydesk::gui {

class KeyServices;
class SecurityKeyTableModel;

// User Details > Security Keys: the user's keys, "+ New Security Key", and the actions on the
// selected key, each confirmed where it destroys something and audited by the store.
class SecurityKeysTab : public QWidget
{
    Q_OBJECT

public:
    SecurityKeysTab(KeyServices& services, QWidget* parent = nullptr);
    ~SecurityKeysTab() override;

    void setUser(const User& user);
    void reload();
    // Opens the wizard (and then the Activate Now dialog when chosen).
    void newKey();

Q_SIGNALS:
    // Keys changed: the All Users summary follows.
    void keysChanged();

private:
    qint64 selectedKeyId() const;
    void updateButtons();
    // Opens "Verify now" for the selected active key.
    void verify();
    void reissue();
    void showWindowsLogon();
    void editWindowsLogon();
    void clearWindowsLogon();
    void suspend();
    void resume();
    void revoke();
    void remove();
    // The lost-phone case (core/keys/LostPhoneCase.h), and its undo when the phone turns up.
    void lostPhone();
    void phoneFound();
    void report(const QString& title, const QString& error);

    std::unique_ptr<Ui::SecurityKeysTab> m_ui;
    KeyServices& m_services;
    User m_user;
    SecurityKeyTableModel* m_model = nullptr;
    std::optional<QString> m_undoableCase; // the user's lost-phone case Phone Found undoes
    QTimer m_clock;
};

} // namespace keydesk::gui
