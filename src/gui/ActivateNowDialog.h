// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/activation/KeyEnrollment.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class ActivateNowDialog;
}

namespace keydesk::net {
class HealthProbe;
}

namespace keydesk::gui {

class KeyServices;

// Activate Now, with the user at the desk: the QR code of the one-time link, the link, the
// manual code, a live countdown and a status that turns green by itself when the phone has
// completed. Closing it does not cancel the activation.
class ActivateNowDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State
    {
        Waiting,
        Activated,
        Expired,
        Superseded, // re-issued elsewhere
        Withdrawn,  // revoked or deleted meanwhile
        ServerDown, // nothing answers where the link points: the phone could not open it
    };

    ActivateNowDialog(KeyServices& services, User user, IssuedLink issued, QWidget* parent = nullptr);
    ~ActivateNowDialog() override;

    State state() const { return m_state; }
    QString link() const { return m_issued.link; }
    QString manualCode() const { return m_issued.manualCode; }
    // The QR code as shown, at `modulePixels` per module.
    QImage qrImage(int modulePixels = 8) const;
    // Where the phone goes: the link (Activate Now) or the code entry page (Work or School).
    QString serverBase() const;
    // Asks again whether the server behind the link answers (also every few seconds).
    void checkServer();

Q_SIGNALS:
    void stateChanged(keydesk::gui::ActivateNowDialog::State state);

private:
    void showIssued();
    void refresh();
    void setState(State state, const QString& text);
    void regenerate();
    void saveQr();
    void print();
    void showToUser();
    void tryAgain();
    void serverChecked(bool ok, const Error& problem);
    bool manual() const { return m_issued.activation.method == ActivationMethod::Manual; }

    std::unique_ptr<Ui::ActivateNowDialog> m_ui;
    KeyServices& m_services;
    User m_user;
    IssuedLink m_issued;
    State m_state = State::Waiting;
    QTimer m_tick;
    QPointer<QWidget> m_fullScreen;
    net::HealthProbe* m_probe = nullptr;
    QString m_serverProblem; // empty while the server answers
    int m_ticksSinceCheck = 0;
};

} // namespace keydesk::gui
