// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "NewSecurityKeyWizard.h"
#include "ui_NewSecurityKeyWizard.h"

#include "KeyServices.h"
#include "core/Core.h"
#include "core/activation/DeploymentSettings.h"

namespace keydesk::gui {

NewSecurityKeyWizard::NewSecurityKeyWizard(KeyServices& services, User user, QWidget* parent)
    : QWizard(parent), m_ui(std::make_unique<Ui::NewSecurityKeyWizard>()), m_services(services),
      m_user(std::move(user))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New Security Key — %1").arg(m_user.displayName));
    // Pages in the order of the PageId enum, whatever order Designer keeps them in.
    for (int id : pageIds())
        removePage(id);
    setPage(TypePage, m_ui->typePage);
    setPage(ActivationPage, m_ui->activationPage);
    setPage(SettingsPage, m_ui->settingsPage);
    setPage(ReviewPage, m_ui->reviewPage);
    setStartId(TypePage);

    if (auto lifetimes = loadActivationLifetimes(m_services.core().store()))
        m_lifetimes = lifetimes.value();
    m_ui->activateNowLabel->setText(
        tr("The user is here: show a QR code to scan with the phone. It works for %1 minutes.")
            .arg(m_lifetimes.nowMs / 60'000));
    m_ui->activateEmailLabel->setText(
        tr("Send %1 an email with the link, a code and the QR code. It works for %2 days.")
            .arg(m_user.email)
            .arg(m_lifetimes.emailMs / 86'400'000));

    // Email needs a reachable user; say why when it cannot be chosen. Without SMTP yet it can, and
    // the email waits in the outbox: said here, with the way to Email Settings.
    auto issuer = m_services.issuer();
    const QString emailProblem =
        issuer ? KeyEnrollment::emailUnavailableReason(m_user).message() : issuer.error();
    if (!emailProblem.isEmpty()) {
        m_ui->activateEmailRadio->setEnabled(false);
        m_ui->activateEmailLabel->setText(tr("Not available: %1").arg(emailProblem));
    } else if (const QString waits = issuer.value()->emailWaitsNote(); !waits.isEmpty()) {
        m_ui->activateEmailLabel->setText(m_ui->activateEmailLabel->text() + u' ' + waits + u' ' +
                                          tr("(File > Email Settings)"));
    }

    m_ui->attestationComboBox->addItem(tr("None — any phone (recommended)"),
                                       QVariant::fromValue(int(AttestationPolicy::None)));
    m_ui->attestationComboBox->addItem(tr("Record — ask the phone to prove its make"),
                                       QVariant::fromValue(int(AttestationPolicy::Record)));
    m_ui->attestationComboBox->addItem(tr("Require — only authenticators from trusted vendors"),
                                       QVariant::fromValue(int(AttestationPolicy::Require)));
    m_ui->attestationHelpLabel->setText(tr("Most phone passkey providers send no attestation; requiring it "
                                           "refuses them."));
    // The deployment's defaults for new keys (Settings > Security Keys); recommended ones if unset.
    if (auto defaults = defaultKeySettings(m_services.core().store())) {
        m_ui->userVerificationCheckBox->setChecked(defaults->requireUserVerification);
        m_ui->attestationComboBox->setCurrentIndex(
            m_ui->attestationComboBox->findData(QVariant::fromValue(int(defaults->attestation))));
    }
    for (QRadioButton* radio : {m_ui->activateNowRadio, m_ui->activateEmailRadio, m_ui->activateManualRadio})
        connect(radio, &QRadioButton::toggled, this, &NewSecurityKeyWizard::updateLifetimeDefault);
    updateLifetimeDefault();
}

NewSecurityKeyWizard::~NewSecurityKeyWizard() = default;

ActivationMethod NewSecurityKeyWizard::method() const
{
    if (m_ui->activateEmailRadio->isChecked())
        return ActivationMethod::Email;
    if (m_ui->activateManualRadio->isChecked())
        return ActivationMethod::Manual;
    return ActivationMethod::Now;
}

void NewSecurityKeyWizard::updateLifetimeDefault()
{
    // Minutes for the desk, days for email: the spin box says which.
    const bool days = method() != ActivationMethod::Now;
    const qint64 ms = method() == ActivationMethod::Now ? m_lifetimes.nowMs : m_lifetimes.emailMs;
    m_ui->lifetimeUnitLabel->setText(days ? tr("days") : tr("minutes"));
    m_ui->lifetimeSpinBox->setMaximum(days ? 90 : 24 * 60);
    m_ui->lifetimeSpinBox->setValue(int(days ? ms / 86'400'000 : ms / 60'000));
}

EnrollmentRequest NewSecurityKeyWizard::request() const
{
    EnrollmentRequest r;
    r.type = KeyType::Smartphone;
    r.method = method();
    r.label = m_ui->labelLineEdit->text().trimmed();
    r.settings.requireUserVerification = m_ui->userVerificationCheckBox->isChecked();
    r.settings.attestation = AttestationPolicy(m_ui->attestationComboBox->currentData().toInt());
    const int value = m_ui->lifetimeSpinBox->value();
    const int minutes = method() == ActivationMethod::Now ? value : value * 24 * 60;
    const qint64 defaultMs = method() == ActivationMethod::Now ? m_lifetimes.nowMs : m_lifetimes.emailMs;
    if (qint64(minutes) * 60'000 != defaultMs)
        r.settings.activationLifetimeMinutes = minutes;
    return r;
}

void NewSecurityKeyWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id != ReviewPage)
        return;
    const EnrollmentRequest r = request();
    const QString how = r.method == ActivationMethod::Email
                            ? tr("an activation email to %1").arg(m_user.email.toHtmlEscaped())
                        : r.method == ActivationMethod::Now ? tr("a QR code to scan now")
                                                            : tr("a code to type in the phone app");
    m_ui->reviewLabel->setText(
        tr("<p>Assign a <b>smartphone security key</b> to <b>%1</b> (%2) with %3.</p>"
           "<ul><li>User verification: %4</li><li>Activation valid for: %5 %6</li><li>Attestation: "
           "%7</li>%8</ul>")
            .arg(m_user.displayName.toHtmlEscaped(), m_user.email.toHtmlEscaped(), how,
                 r.settings.requireUserVerification ? tr("required") : tr("preferred"))
            .arg(m_ui->lifetimeSpinBox->value())
            .arg(m_ui->lifetimeUnitLabel->text(), m_ui->attestationComboBox->currentText().toHtmlEscaped(),
                 r.label.isEmpty() ? QString() : tr("<li>Label: %1</li>").arg(r.label.toHtmlEscaped())));
    m_ui->errorLabel->clear();
}

bool NewSecurityKeyWizard::validateCurrentPage()
{
    if (currentId() != ReviewPage)
        return QWizard::validateCurrentPage();
    auto issuer = m_services.issuer();
    if (!issuer) {
        m_ui->errorLabel->setText(issuer.error());
        return false;
    }
    auto issued = issuer.value()->assign(m_user, request());
    if (!issued) {
        m_ui->errorLabel->setText(issued.error());
        return false;
    }
    m_issued = issued.value();
    if (m_issued->outboxId)
        m_services.sendOutboxNow();
    return true;
}

} // namespace keydesk::gui
