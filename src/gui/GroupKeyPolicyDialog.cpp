// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "GroupKeyPolicyDialog.h"

#include "KeyPolicyEditor.h"
#include "core/Core.h"
#include "core/activation/KeyPolicy.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace keydesk::gui {

namespace {

// A damaged site list (aaguids.json beside the database) leaves the shipped names.
AuthenticatorNames namesFor(const QString& databasePath)
{
    auto names = AuthenticatorNames::forDatabase(databasePath);
    return names ? names.value() : AuthenticatorNames::builtin();
}

} // namespace

GroupKeyPolicyDialog::GroupKeyPolicyDialog(Core& core, const Group& group, QWidget* parent)
    : QDialog(parent), m_core(core), m_group(group), m_names(namesFor(core.databasePath()))
{
    setWindowTitle(tr("Key Policy of %1").arg(group.name));
    auto* note =
        new QLabel(tr("The members of %1 must pass this policy as well as the deployment's (Settings > "
                      "Key Policy) and those of their other groups. Keys active before a change stay "
                      "active; the Overview lists those a policy would refuse.")
                       .arg(group.name),
                   this);
    note->setWordWrap(true);
    m_own = new QCheckBox(tr("&This group has a key policy of its own"), this);
    m_own->setObjectName(QStringLiteral("ownPolicyCheckBox"));
    m_editor = new KeyPolicyEditor(m_names, this);
    m_editor->setObjectName(QStringLiteral("keyPolicyEditor"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #cf222e; font-weight: 600;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_own);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_own, &QCheckBox::toggled, m_editor, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto policy = group.keyPolicy.isEmpty()
                      ? Result<webauthn::AuthenticatorPolicy>(webauthn::AuthenticatorPolicy{})
                      : keyPolicyFromJson(group.keyPolicy);
    if (policy)
        m_editor->setPolicy(policy.value());
    else
        m_error->setText(tr("The stored policy cannot be read: %1").arg(policy.error()));
    m_own->setChecked(!group.keyPolicy.isEmpty());
    m_editor->setEnabled(m_own->isChecked());
    resize(640, 560);
}

bool GroupKeyPolicyDialog::apply()
{
    std::optional<webauthn::AuthenticatorPolicy> chosen;
    if (m_own->isChecked()) {
        auto policy = m_editor->policy();
        if (!policy) {
            m_error->setText(policy.error());
            return false;
        }
        chosen = policy.value();
    }
    if (Status s = m_core.groupChanges().setKeyPolicy(m_core.actor(), m_group.id, chosen); !s) {
        m_error->setText(s.error());
        return false;
    }
    return true;
}

QString GroupKeyPolicyDialog::errorText() const
{
    return m_error->text();
}

} // namespace keydesk::gui
