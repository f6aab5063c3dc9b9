// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "net/SmtpSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SmtpSettingsDialog;
}

namespace keydesk::gui {

class KeyServices;
class SecretStore;

// Email (SMTP) settings: the server, login, sender, and "Send test email". Settings go to the
// database, the password to the keychain; invalid values are refused with the reason.
class SmtpSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SmtpSettingsDialog(KeyServices& services, QWidget* parent = nullptr);
    ~SmtpSettingsDialog() override;

    net::SmtpSettings edited() const;
    void sendTest();
    void save();

Q_SIGNALS:
    void testFinished(bool sent, const QString& text);

private:
    void showResult(bool ok, const QString& text);

    std::unique_ptr<Ui::SmtpSettingsDialog> m_ui;
    KeyServices& m_services;
    SecretStore* m_secrets = nullptr;
};

} // namespace keydesk::gui
