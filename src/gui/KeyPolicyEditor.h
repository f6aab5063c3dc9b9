// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "webauthn/Expectations.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace keydesk {
class AuthenticatorNames;
}

namespace keydesk::gui {

// A key policy as a form: device-bound keys only (refusing synced passkeys), trusted attestation
// only, which authenticators (any, only the checked ones, or all but the checked ones), and the
// authenticators by name — the shipped list and a site's aaguids.json — with a filter, and a
// field for an AAGUID the list lacks. It edits the four settings' text (policy.device_bound_only,
// policy.trusted_attestation_only, policy.authenticators, policy.aaguids); the rules that check
// them are the core's, applied on Save.
class KeyPolicyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit KeyPolicyEditor(const AuthenticatorNames& names, QWidget* parent = nullptr);

    void setValues(const QString& deviceBound, const QString& trustedAttestation, const QString& list,
                   const QString& aaguids);
    QString deviceBoundValue() const;        // "true" or "false"
    QString trustedAttestationValue() const; // "true" or "false"
    QString listValue() const;               // "any", "allow" or "block"
    // The checked AAGUIDs, space-separated; as loaded when the same ones are checked, so an
    // untouched form writes nothing.
    QString aaguidsValue() const;

    void setPolicy(const webauthn::AuthenticatorPolicy& policy);
    // The form as a policy, or why it is not one (an allow-list with nothing checked).
    Result<webauthn::AuthenticatorPolicy> policy() const;

    // Checks the authenticator with this AAGUID, adding a row when the list has none.
    Status addAaguid(const QString& text);
    QTreeWidget* authenticators() const { return m_authenticators; }

Q_SIGNALS:
    // Enter pressed in the AAGUID field.
    void aaguidEntered();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTreeWidgetItem* addRow(const QByteArray& aaguid);
    QTreeWidgetItem* rowOf(const QByteArray& aaguid) const;
    QList<QByteArray> checkedAaguids() const;
    void applyFilter();
    void updateEnabled();

    const AuthenticatorNames& m_names;
    QCheckBox* m_deviceBound = nullptr;
    QCheckBox* m_trustedAttestation = nullptr;
    QComboBox* m_list = nullptr;
    QLineEdit* m_filter = nullptr;
    QTreeWidget* m_authenticators = nullptr;
    QLineEdit* m_aaguid = nullptr;
    QWidget* m_add = nullptr;
    QString m_loadedAaguids;
    QSet<QByteArray> m_loadedSet;
};

} // namespace keydesk::gui
