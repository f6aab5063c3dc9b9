// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/SecurityKey.h"
#include "core/domain/User.h"
#include "core/keys/LostPhoneCase.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace keydesk::gui {

// The lost-phone case, asked in one dialog: what happens to the keys that may be on the phone
// (suspend, undone if it is found; or revoke), the reason, and the replacement (Activate Now with
// the user present, an activation email, or none for now). The Security Keys tab opens the case.
class LostPhoneDialog : public QDialog
{
    Q_OBJECT

public:
    LostPhoneDialog(const User& user, const QList<SecurityKeyRow>& keys, QWidget* parent = nullptr);

    LostPhoneRequest request() const;

private:
    void updateOk();

    QRadioButton* m_suspend = nullptr;
    QRadioButton* m_revoke = nullptr;
    QLineEdit* m_reason = nullptr;
    QRadioButton* m_now = nullptr;
    QRadioButton* m_email = nullptr;
    QRadioButton* m_none = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace keydesk::gui
