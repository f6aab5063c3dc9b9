// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SmtpSettingsDialog.h"
#include "ui_SmtpSettingsDialog.h"

#include "KeyServices.h"
#include "SecretStore.h"
#include "core/Core.h"
#include "i18n/Translations.h"
#include "net/TestEmail.h"

#include <QFileDialog>
#include <QLayout>
#include <QLocale>
#include <QPushButton>

namespace keydesk::gui {

SmtpSettingsDialog::SmtpSettingsDialog(KeyServices& services, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SmtpSettingsDialog>()), m_services(services)
{
    m_ui->setupUi(this);
    m_secrets = new SecretStore(this);
    m_ui->securityComboBox->addItem(tr("STARTTLS (port 587, recommended)"), int(net::SmtpSecurity::StartTls));
    m_ui->securityComboBox->addItem(tr("TLS from the start (port 465)"), int(net::SmtpSecurity::ImplicitTls));
    m_ui->securityComboBox->addItem(tr("None (a relay on this machine only)"), int(net::SmtpSecurity::None));
    // Each language by its own name, so the person who reads it can find it.
    for (const QString& language : activationEmailLanguages())
        m_ui->emailLanguageComboBox->addItem(nativeLanguageName(language), language);
    auto current = net::loadSmtpSettings(services.core().store(), {});
    if (current) {
        const net::SmtpSettings& s = current.value();
        m_ui->hostLineEdit->setText(s.host);
        m_ui->portSpinBox->setValue(s.port);
        m_ui->securityComboBox->setCurrentIndex(m_ui->securityComboBox->findData(int(s.security)));
        m_ui->usernameLineEdit->setText(s.username);
        m_ui->fromLineEdit->setText(s.identity.from.address);
        m_ui->fromNameLineEdit->setText(s.identity.from.name);
        m_ui->organisationLineEdit->setText(s.identity.organisation);
        m_ui->caLineEdit->setText(s.caCertificatesPath);
        const int language = m_ui->emailLanguageComboBox->findData(s.identity.language);
        if (language >= 0)
            m_ui->emailLanguageComboBox->setCurrentIndex(language);
        if (!s.username.isEmpty()) {
            m_secrets->read(SecretStore::keyFor(s.host, s.username),
                            [this](bool ok, const QString& password, const QString& error) {
                                if (ok)
                                    m_ui->passwordLineEdit->setText(password);
                                else
                                    showResult(false, tr("The keychain is not available: %1").arg(error));
                            });
        }
    } else {
        showResult(false, current.error());
    }
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA Certificates"), {},
                                                          tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_ui->caLineEdit->setText(path);
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &SmtpSettingsDialog::sendTest);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SmtpSettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SmtpSettingsDialog::~SmtpSettingsDialog() = default;

net::SmtpSettings SmtpSettingsDialog::edited() const
{
    net::SmtpSettings s;
    s.host = m_ui->hostLineEdit->text().trimmed();
    s.port = quint16(m_ui->portSpinBox->value());
    s.security = net::SmtpSecurity(m_ui->securityComboBox->currentData().toInt());
    s.username = m_ui->usernameLineEdit->text().trimmed();
    s.password = m_ui->passwordLineEdit->text();
    s.identity.from =
        MailAddress{m_ui->fromLineEdit->text().trimmed(), m_ui->fromNameLineEdit->text().trimmed()};
    s.identity.organisation = m_ui->organisationLineEdit->text().trimmed();
    s.caCertificatesPath = m_ui->caLineEdit->text().trimmed();
    s.identity.language = m_ui->emailLanguageComboBox->currentData().toString();
    return s;
}

void SmtpSettingsDialog::showResult(bool ok, const QString& text)
{
    m_ui->resultLabel->setStyleSheet(ok ? QStringLiteral("color: #1a7f37;")
                                        : QStringLiteral("color: #cf222e;"));
    m_ui->resultLabel->setText(text);
    // A message of several lines takes height from the wrapped notes above unless the dialog grows.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void SmtpSettingsDialog::sendTest()
{
    const net::SmtpSettings s = edited();
    const QString to = m_ui->testRecipientLineEdit->text().trimmed();
    if (const QString problem = s.validate().message(); !problem.isEmpty()) {
        showResult(false, tr("Not sent: %1.").arg(problem));
        Q_EMIT testFinished(false, problem);
        return;
    }
    if (to.isEmpty()) {
        showResult(false, tr("Enter an address to send the test email to."));
        Q_EMIT testFinished(false, {});
        return;
    }
    m_ui->testButton->setEnabled(false);
    showResult(true, tr("Sending…"));
    net::sendTestEmail(s, to, this, [this, to](bool sent, const QString& text) {
        m_ui->testButton->setEnabled(true);
        showResult(sent, sent ? tr("Sent to %1 (%2).").arg(to, text) : tr("Not sent: %1").arg(text));
        Q_EMIT testFinished(sent, text);
    });
}

void SmtpSettingsDialog::save()
{
    const net::SmtpSettings s = edited();
    if (Status saved = net::saveSmtpSettings(m_services.core().store(), m_services.core().actor(), s);
        !saved) {
        showResult(false, tr("Not saved: %1.").arg(saved.error()));
        return;
    }
    if (s.username.isEmpty()) {
        m_services.reloadMail();
        accept();
        return;
    }
    m_ui->buttonBox->setEnabled(false);
    m_secrets->write(
        SecretStore::keyFor(s.host, s.username), s.password, [this](bool ok, const QString& error) {
            m_ui->buttonBox->setEnabled(true);
            m_services.reloadMail();
            if (!ok) {
                showResult(
                    false,
                    tr("Settings saved, but the password could not be stored in the keychain (%1). Set "
                       "KEYDESK_SMTP_PASSWORD instead.")
                        .arg(error));
                return;
            }
            accept();
        });
}

} // namespace keydesk::gui
