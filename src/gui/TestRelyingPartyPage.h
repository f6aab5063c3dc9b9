// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/User.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace keydesk::gui {

class KeyServices;
class RpDebuggerWidget;

// Test Relying Party: verify any user's enrollment on the spot (pick the user and an active key,
// then "Verify now"), see the recent verifications, and debug a pasted response with the same
// verdict view (the RP debugger tab).
class TestRelyingPartyPage : public QWidget
{
    Q_OBJECT

public:
    explicit TestRelyingPartyPage(KeyServices& services, QWidget* parent = nullptr);

    // Finds users by name or email (the first 20, and says how many match), as the search field does.
    void search(const QString& text);
    // Opens Verify now for the chosen key; returns the dialog (owned by this page) or null.
    class VerifyKeyDialog* verifySelectedKey();
    RpDebuggerWidget* debugger() const { return m_debugger; }
    void reloadRecent();
    // Reopens the recent verification on `row`: its checks and its receipt. Owned by this page.
    class VerificationRecordDialog* openRecent(int row);

private:
    void showKeysOf(qint64 userId);

    KeyServices& m_services;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_users = nullptr;
    QComboBox* m_keys = nullptr;
    QPushButton* m_verify = nullptr;
    QLabel* m_keysNote = nullptr;
    QLabel* m_matches = nullptr;
    QTableWidget* m_recent = nullptr;
    RpDebuggerWidget* m_debugger = nullptr;
};

} // namespace keydesk::gui
