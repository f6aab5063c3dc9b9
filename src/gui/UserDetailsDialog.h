// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/User.h"

#include <QDialog>

#include <memory>

namespace Ui {
class UserDetailsDialog;
}

namespace keydesk {
class Core;
}

namespace keydesk::gui {

class AuditTableModel;
class KeyServices;
class SecurityKeysTab;

// User Details: Profile (edit with validation), Groups (membership), Security Keys (with the
// key services of the console), Activity (audit events). With user id 0 it creates a new user;
// the other tabs open once it is saved.
class UserDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    UserDetailsDialog(Core& core, qint64 userId, KeyServices* keys = nullptr, QWidget* parent = nullptr);
    SecurityKeysTab* securityKeysTab() const { return m_keysTab; }
    ~UserDetailsDialog() override;

    qint64 userId() const { return m_user.id; }

Q_SIGNALS:
    // The user, its groups or its state changed in the database.
    void userChanged();
    // The user may have entered a workflow's scope: created, enabled, or added to a group.
    void scopeMayHaveChanged();

private:
    void loadUser();
    void showProfile();
    void validate();
    bool save();
    void loadGroups();
    void addToGroup();
    void removeFromGroup();
    UserFields editedFields() const;
    bool isDirty() const;

    std::unique_ptr<Ui::UserDetailsDialog> m_ui;
    Core& m_core;
    User m_user;
    AuditTableModel* m_activity = nullptr;
    SecurityKeysTab* m_keysTab = nullptr;
    QString m_sourceName; // the directory source that owns the user, if any
};

} // namespace keydesk::gui
