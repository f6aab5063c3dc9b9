// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "LostPhoneDialog.h"

#include "core/activation/KeyEnrollment.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace keydesk::gui {

LostPhoneDialog::LostPhoneDialog(const User& user, const QList<SecurityKeyRow>& keys, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("lostPhoneDialog"));
    setWindowTitle(tr("Lost Phone — %1").arg(user.displayName));
    setMinimumWidth(620); // the choices are sentences, shown whole in every language
    int active = 0;
    int suspended = 0;
    int pending = 0;
    for (const SecurityKeyRow& row : keys) {
        if (row.key.type != KeyType::Smartphone)
            continue;
        active += row.key.status == KeyStatus::Active;
        suspended += row.key.status == KeyStatus::Suspended;
        pending += row.key.status == KeyStatus::Pending;
    }
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Every smartphone key of %1 that may be on the lost phone is withdrawn and a "
                                "replacement issued, as one case in the audit log.")
                                 .arg(user.displayName));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* affected =
        new QLabel(tr("On the phone: %1 active, %2 suspended, %3 waiting for activation (their links "
                      "are revoked: the phone may hold them).")
                       .arg(active)
                       .arg(suspended)
                       .arg(pending));
    affected->setObjectName(QStringLiteral("affectedLabel"));
    affected->setWordWrap(true);
    layout->addWidget(affected);

    auto* keysBox = new QGroupBox(tr("The keys on the phone"));
    auto* keysLayout = new QVBoxLayout(keysBox);
    m_suspend = new QRadioButton(tr("&Suspend them: undone if the phone is found"));
    m_suspend->setObjectName(QStringLiteral("suspendRadioButton"));
    m_revoke = new QRadioButton(tr("Re&voke them for good: the phone was stolen or will not come back"));
    m_revoke->setObjectName(QStringLiteral("revokeRadioButton"));
    m_suspend->setChecked(true);
    keysLayout->addWidget(m_suspend);
    keysLayout->addWidget(m_revoke);
    layout->addWidget(keysBox);

    auto* form = new QFormLayout;
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setPlaceholderText(tr("Where and when it was lost, the ticket number"));
    form->addRow(tr("&Reason (required):"), m_reason);
    layout->addLayout(form);

    auto* replacementBox = new QGroupBox(tr("Replacement"));
    auto* replacementLayout = new QVBoxLayout(replacementBox);
    m_now = new QRadioButton(tr("Activate &Now: the user is here with the new phone"));
    m_now->setObjectName(QStringLiteral("nowRadioButton"));
    m_email = new QRadioButton(tr("Send an activation &email"));
    m_email->setObjectName(QStringLiteral("emailRadioButton"));
    m_none = new QRadioButton(tr("No replacement &for now"));
    m_none->setObjectName(QStringLiteral("noneRadioButton"));
    replacementLayout->addWidget(m_now);
    replacementLayout->addWidget(m_email);
    replacementLayout->addWidget(m_none);
    // What cannot be issued is said on the choice, not after.
    if (!user.enabled) {
        m_now->setEnabled(false);
        m_now->setToolTip(tr("Enable the user to assign a key."));
    }
    if (Error why = KeyEnrollment::emailUnavailableReason(user); !why.isEmpty()) {
        m_email->setEnabled(false);
        m_email->setToolTip(why.message());
    }
    (m_now->isEnabled() ? m_now : m_none)->setChecked(true);
    layout->addWidget(replacementBox);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Withdraw and Replace"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &LostPhoneDialog::updateOk);
    updateOk();
    m_reason->setFocus(); // what the operator must type
}

void LostPhoneDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_reason->text().trimmed().isEmpty());
}

LostPhoneRequest LostPhoneDialog::request() const
{
    LostPhoneRequest r;
    r.withdrawal = m_revoke->isChecked() ? LostPhoneWithdrawal::Revoke : LostPhoneWithdrawal::Suspend;
    r.reason = m_reason->text().trimmed();
    if (m_now->isChecked())
        r.replacement = ActivationMethod::Now;
    else if (m_email->isChecked())
        r.replacement = ActivationMethod::Email;
    return r;
}

} // namespace keydesk::gui
