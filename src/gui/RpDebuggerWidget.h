// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace keydesk {
class Core;
}

namespace keydesk::gui {

class VerdictTable;

// The relying party debugger: paste a registration or authentication response (the JSON a
// browser or app sent), give the expectations by hand or pick a stored key, and see the same
// verdict view as "Verify now" — what `keydesk-cli webauthn verify-*` prints, in the console.
// Nothing is stored.
class RpDebuggerWidget : public QWidget
{
    Q_OBJECT

public:
    RpDebuggerWidget(Core& core, const QString& rpId, const QStringList& origins, QWidget* parent = nullptr);

    // Fills the stored-credential fields from key `keyId`; false with the reason shown if it has none.
    bool loadStoredKey(qint64 keyId);
    // Runs the verifier on the form; returns the verdict JSON shown (empty when the form is
    // incomplete, with the reason shown).
    QJsonObject verify();
    QString resultText() const;
    const VerdictTable* verdictTable() const { return m_verdict; }

private:
    void updateCeremony();
    void setResult(const QString& text, bool ok);

    Core& m_core;
    QComboBox* m_ceremony = nullptr;
    QPlainTextEdit* m_response = nullptr;
    QLineEdit* m_challenge = nullptr;
    QLineEdit* m_rpId = nullptr;
    QLineEdit* m_origins = nullptr;
    QCheckBox* m_requireUv = nullptr;
    QWidget* m_storedBox = nullptr;
    QSpinBox* m_keyId = nullptr;
    QLineEdit* m_credentialId = nullptr;
    QLineEdit* m_publicKey = nullptr;
    QSpinBox* m_signCount = nullptr;
    QCheckBox* m_backupEligible = nullptr;
    QLineEdit* m_userHandle = nullptr;
    QLabel* m_result = nullptr;
    VerdictTable* m_verdict = nullptr;
};

} // namespace keydesk::gui
