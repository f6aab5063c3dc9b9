// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/activation/AuthenticatorNames.h"
#include "core/domain/Group.h"

#include <QDialog>

class QCheckBox;
class QLabel;

namespace keydesk {
class Core;
}

namespace keydesk::gui {

class KeyPolicyEditor;

// Groups > Key Policy…: whether the group has a key policy of its own, and which. Its members'
// new keys must pass it besides the deployment's; Save sends it through the desk's group changes
// (the server's in team mode) and stays open with the reason when it is refused.
class GroupKeyPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    GroupKeyPolicyDialog(Core& core, const Group& group, QWidget* parent = nullptr);

    // Saves the form; false with errorText() when refused (nothing changed then).
    bool apply();
    QString errorText() const;

private:
    Core& m_core;
    Group m_group;
    AuthenticatorNames m_names;
    QCheckBox* m_own = nullptr;
    KeyPolicyEditor* m_editor = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace keydesk::gui
