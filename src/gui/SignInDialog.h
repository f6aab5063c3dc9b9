// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/OperatorAccess.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;

namespace keydesk::net {
class AsyncAdminClient;
}

namespace keydesk::gui {

class QrCodeWidget;

// Signs this desk in to a team server with the operator's own key (docs/operators.md): the
// server's sign-in link as a QR code, the match number the phone shows too, a countdown while
// the desk waits, then who signed in — or why not, with Start Again. Accepted once signed in:
// secret() is the session's bearer secret, for the keychain.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // `desk`: how the phone names this desk ("Front desk 2").
    SignInDialog(net::AsyncAdminClient& client, QString desk, QWidget* parent = nullptr);

    enum class State
    {
        Starting,
        Waiting,
        SignedIn,
        Failed,
    };
    State state() const { return m_state; }
    QString link() const { return m_link; }
    int matchNumber() const { return m_matchNumber; }
    QString secret() const { return m_secret; }
    const OperatorSession& session() const { return m_session; }
    // A role as the desk says it ("helpdesk").
    static QString roleText(OperatorRole role);

private:
    void start();
    void collect();
    void tick();
    void fail(const QString& why);

    net::AsyncAdminClient& m_client;
    QString m_desk;
    QrCodeWidget* m_qr;
    QLabel* m_intro;
    QLabel* m_linkLabel;
    QLabel* m_number;
    QLabel* m_status;
    QPushButton* m_again;
    QTimer m_poll;
    QTimer m_countdown;
    State m_state = State::Starting;
    QString m_link;
    QString m_pollSecret;
    int m_matchNumber = 0;
    qint64 m_expiresAtMs = 0;
    quint64 m_attempt = 0; // answers to an earlier attempt are ignored
    QString m_secret;
    OperatorSession m_session;
};

} // namespace keydesk::gui
