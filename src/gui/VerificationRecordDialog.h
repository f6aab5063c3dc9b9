// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "base/Result.h"
#include "core/domain/SecurityKey.h"
#include "core/domain/User.h"
#include "core/domain/Verification.h"

#include <QDialog>

namespace keydesk::gui {

class KeyServices;

// A verification from the list of recent ones, reopened: who, which key, when, every check of the
// stored verdict, and its receipt to export again. Read only: nothing here changes the key.
class VerificationRecordDialog : public QDialog
{
    Q_OBJECT

public:
    VerificationRecordDialog(KeyServices& services, User user, SecurityKey key, Verification verification,
                             QWidget* parent = nullptr);

    // Loads verification `id` with its user and key; the reason when one of them is gone.
    static Result<VerificationRecordDialog*> load(KeyServices& services, qint64 id, QWidget* parent);

    QString receiptHtml() const;
    Status exportReceipt(const QString& path) const;

private:
    void saveReceipt();

    KeyServices& m_services;
    User m_user;
    SecurityKey m_key;
    Verification m_verification;
};

} // namespace keydesk::gui
