// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace keydesk::net {
class AsyncAdminClient;
struct ApiAnswer;
} // namespace keydesk::net

namespace keydesk::gui {

// File > Connect to Server…: the team server's address (recent ones offered), checked by asking
// it who is signed in — a KeyDesk server answers "nobody yet" (401). A self-signed certificate
// is shown by its SHA-256 fingerprint, to compare with what the server's operator reads out;
// trusted, it is pinned (KnownServers, as keydesk-cli login does) and changes to it are refused
// until confirmed again. Accepted with url() once the server answered.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // `knownServersFile`: the pinned fingerprints (keydesk-cli's too).
    ConnectDialog(QStringList recentServers, QString knownServersFile, QWidget* parent = nullptr);
    ~ConnectDialog() override;

    QUrl url() const { return m_url; }

    // "keys.example.com" means https://keys.example.com; an invalid or plain-http address to
    // another machine is empty.
    static QUrl serverUrl(const QString& typed);

private:
    void connectToServer();
    void onAnswer(const net::ApiAnswer& answer);
    void trust();
    void say(const QString& text, bool problem);
    void fitText();

    QString m_knownServersFile;
    QComboBox* m_address;
    QLabel* m_status;
    QLabel* m_fingerprint;
    QPushButton* m_connect;
    QPushButton* m_trust;
    std::unique_ptr<net::AsyncAdminClient> m_client;
    QUrl m_url;
    QString m_untrusted;
};

} // namespace keydesk::gui
