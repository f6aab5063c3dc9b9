// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/activation/KeyEnrollment.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace Ui {
class NewSecurityKeyWizard;
}

namespace keydesk::gui {

class KeyServices;

// "+ New Security Key": type, activation option, key settings with the recommended defaults,
// review. Finish assigns the key (and for email queues the activation email); the caller then
// shows the Activate Now dialog for the "now" and "manual" options.
class NewSecurityKeyWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        TypePage,
        ActivationPage,
        SettingsPage,
        ReviewPage
    };

    NewSecurityKeyWizard(KeyServices& services, User user, QWidget* parent = nullptr);
    ~NewSecurityKeyWizard() override;

    // After Finish: what was issued.
    const std::optional<IssuedLink>& issued() const { return m_issued; }
    ActivationMethod method() const;
    EnrollmentRequest request() const;

    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    void updateLifetimeDefault();

    std::unique_ptr<Ui::NewSecurityKeyWizard> m_ui;
    KeyServices& m_services;
    User m_user;
    ActivationLifetimes m_lifetimes;
    std::optional<IssuedLink> m_issued;
};

} // namespace keydesk::gui
