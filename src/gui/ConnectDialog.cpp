// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ConnectDialog.h"

#include "i18n/PhoneLanguage.h"
#include "net/AsyncAdminClient.h"
#include "net/KnownServers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace keydesk::gui {

ConnectDialog::ConnectDialog(QStringList recentServers, QString knownServersFile, QWidget* parent)
    : QDialog(parent), m_knownServersFile(std::move(knownServersFile))
{
    setWindowTitle(tr("Connect to Server"));
    auto* layout = new QVBoxLayout(this);
    setMinimumWidth(560);
    auto* intro =
        new QLabel(tr("Work with your team's KeyDesk server: this desk keeps a copy of what it shows "
                      "and sends every change to the server. You sign in with your own security key "
                      "next."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_address = new QComboBox;
    m_address->setEditable(true);
    m_address->addItems(recentServers);
    m_address->lineEdit()->setPlaceholderText(QStringLiteral("https://keys.example.com"));
    m_address->setMinimumWidth(360);
    form->addRow(tr("&Server address:"), m_address);
    layout->addLayout(form);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    m_fingerprint = new QLabel;
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->hide();
    layout->addWidget(m_fingerprint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_trust = buttons->addButton(tr("&Trust and Connect"), QDialogButtonBox::ActionRole);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    // Only a certificate in question shows it; hidden after the last addButton(), which shows
    // every button again as it lays them out.
    m_trust->hide();
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::connectToServer);
    connect(m_trust, &QPushButton::clicked, this, &ConnectDialog::trust);
    // Accepted on the server's answer, not on the button (its accepted() is not connected).
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

ConnectDialog::~ConnectDialog() = default;

QUrl ConnectDialog::serverUrl(const QString& typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        text = QStringLiteral("https://") + text;
    QUrl url(text, QUrl::StrictMode);
    if (!net::isTeamServerUrl(url) || !(url.path().isEmpty() || url.path() == u"/") || url.hasQuery())
        return {};
    url.setPath({});
    return url;
}

void ConnectDialog::say(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    m_status->setVisible(!text.isEmpty());
    fitText();
}

void ConnectDialog::fitText()
{
    // Grows with what it says (the fingerprint, a problem) rather than cutting it off: wrapped
    // labels need the height their width gives them.
    layout()->activate();
    resize(width(), std::max(height(), heightForWidth(width())));
}

void ConnectDialog::connectToServer()
{
    const QUrl url = serverUrl(m_address->currentText());
    m_untrusted.clear();
    m_trust->hide();
    m_fingerprint->hide();
    if (url.isEmpty()) {
        say(tr("Type the server's address, https://host or https://host:port (plain http only to this "
               "computer)."),
            true);
        return;
    }
    m_url = url;
    net::RemoteServer server;
    server.url = url;
    server.knownServersFile = m_knownServersFile;
    server.timeoutMs = 15'000;
    server.acceptLanguage = deskLanguage().toLatin1();
    m_client = std::make_unique<net::AsyncAdminClient>(server);
    m_connect->setEnabled(false);
    say(tr("Asking %1…").arg(url.toString()), false);
    // Who is signed in: a KeyDesk server answers "nobody" (401) to a desk without a session.
    m_client->call("GET", QStringLiteral("/me"), {}, {},
                   [this](const net::ApiAnswer& answer) { onAnswer(answer); });
}

void ConnectDialog::onAnswer(const net::ApiAnswer& answer)
{
    m_connect->setEnabled(true);
    if (answer.status == 401 &&
        answer.body.value(QStringLiteral("error")) == QStringLiteral("sign-in-required")) {
        say({}, false);
        accept();
        return;
    }
    if (answer.status == 0 && !answer.untrustedFingerprint.isEmpty()) {
        m_untrusted = answer.untrustedFingerprint;
        say(tr("The certificate of %1 is not one this computer trusts. Compare its fingerprint with the one "
               "the "
               "server's operator reads out (keydesk-cli server make-cert printed it); trust it only if they "
               "are "
               "the same.")
                .arg(m_url.host()),
            true);
        m_fingerprint->setText(tr("SHA-256: %1").arg(m_untrusted));
        m_fingerprint->show();
        m_trust->show();
        fitText();
        return;
    }
    if (answer.status == 0) {
        say(answer.message(), true);
        return;
    }
    say(tr("%1 answered, but not as a KeyDesk team server does (HTTP %2).")
            .arg(m_url.toString())
            .arg(answer.status),
        true);
}

void ConnectDialog::trust()
{
    if (Status s = net::KnownServers(m_knownServersFile).remember(m_url, m_untrusted); !s) {
        say(s.error(), true);
        return;
    }
    connectToServer();
}

} // namespace keydesk::gui
