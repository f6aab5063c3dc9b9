// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/SecurityKey.h"
#include "core/domain/User.h"
#include "core/verification/VerificationService.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;

namespace keydesk::gui {

class KeyServices;
class QrCodeWidget;
class VerdictTable;

// "Verify now": a test-mode authentication of one active key. Shows the QR code and link of the
// verification (/v/<id>) for the phone, or opens it in this computer's browser for a key at the
// desk; when the assertion arrives, every check of the verdict with its detail. A success stamps
// the key verified; a failure names the check and leaves the key as it was. Exports a receipt.
class VerifyKeyDialog : public QDialog
{
    Q_OBJECT

public:
    VerifyKeyDialog(KeyServices& services, User user, SecurityKey key, QWidget* parent = nullptr);
    ~VerifyKeyDialog() override;

    // Starts a verification (the dialog does on open, and "Try Again" does); false on failure,
    // which the dialog shows.
    bool start();

    VerificationState state() const { return m_state; }
    QString link() const { return m_started ? m_started->link : QString(); }
    const VerdictTable* verdictTable() const { return m_verdict; }
    // The receipt of the finished verification, as HTML.
    QString receiptHtml() const;
    Status exportReceipt(const QString& path) const;

Q_SIGNALS:
    void stateChanged(keydesk::VerificationState state);

private:
    void refresh();
    void setState(VerificationState state, const QString& text);
    void openInBrowser();
    void saveReceipt();

    KeyServices& m_services;
    User m_user;
    SecurityKey m_key;
    std::optional<VerificationLink> m_started;
    std::optional<Verification> m_finished;
    VerificationState m_state = VerificationState::Pending;
    QTimer m_tick;
    qint64 m_clockOffsetMs = 0; // team desk: the server's clock minus this desk's

    QLabel* m_header = nullptr;
    QrCodeWidget* m_qr = nullptr;
    QLabel* m_link = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_countdown = nullptr;
    VerdictTable* m_verdict = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_browser = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_receipt = nullptr;
};

} // namespace keydesk::gui
