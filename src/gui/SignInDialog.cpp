// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SignInDialog.h"

#include "ElidedLabel.h"
#include "QrCodeWidget.h"
#include "core/domain/OperatorJson.h"
#include "net/AsyncAdminClient.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace keydesk::gui {

namespace {

// The desk asks this often whether the phone has answered (the server's sign-in allows it).
constexpr int kPollMs = 1'000;

} // namespace

QString SignInDialog::roleText(OperatorRole role)
{
    switch (role) {
    case OperatorRole::Admin:
        return tr("admin");
    case OperatorRole::Helpdesk:
        return tr("helpdesk");
    case OperatorRole::Auditor:
        return tr("auditor");
    }
    return {};
}

SignInDialog::SignInDialog(net::AsyncAdminClient& client, QString desk, QWidget* parent)
    : QDialog(parent), m_client(client), m_desk(std::move(desk))
{
    setWindowTitle(tr("Sign In to %1").arg(client.server().url.host()));
    auto* layout = new QVBoxLayout(this);
    m_intro =
        new QLabel(tr("Scan this code with your phone, or open the link, and confirm with your security key. "
                      "Your phone shows the same number and this desk's name, \u201c%1\u201d.")
                       .arg(m_desk));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_qr = new QrCodeWidget;
    layout->addWidget(m_qr, 1);
    // Shortened in the middle when narrow (host and token end stay readable); whole in the tooltip.
    m_linkLabel = new ElidedLabel(Qt::ElideMiddle);
    m_linkLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_linkLabel);
    m_number = new QLabel;
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setStyleSheet(QStringLiteral("font-size: 32px; font-weight: 600;"));
    m_number->setAccessibleName(tr("Match number"));
    layout->addWidget(m_number);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_again = buttons->addButton(tr("Start Again"), QDialogButtonBox::ActionRole);
    m_again->hide();
    connect(m_again, &QPushButton::clicked, this, &SignInDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &SignInDialog::collect);
    m_countdown.setInterval(1'000);
    connect(&m_countdown, &QTimer::timeout, this, &SignInDialog::tick);
    resize(460, 620);
    start();
}

void SignInDialog::start()
{
    m_state = State::Starting;
    const quint64 attempt = ++m_attempt;
    m_again->hide();
    m_qr->setText({});
    m_linkLabel->clear();
    m_number->clear();
    m_status->setText(tr("Starting the sign-in…"));
    m_client.call("POST", QStringLiteral("/sign-in"), {}, {{QStringLiteral("desk"), m_desk}},
                  [this, attempt](const net::ApiAnswer& started) {
                      if (attempt != m_attempt)
                          return;
                      if (!started.ok()) {
                          fail(started.message());
                          return;
                      }
                      m_link = started.body.value(QStringLiteral("link")).toString();
                      m_pollSecret = started.body.value(QStringLiteral("pollSecret")).toString();
                      m_matchNumber = started.body.value(QStringLiteral("matchNumber")).toInt();
                      // By this desk's clock: the server's may differ.
                      m_expiresAtMs =
                          QDateTime::currentMSecsSinceEpoch() +
                          started.body.value(QStringLiteral("expiresInSeconds")).toInteger() * 1000;
                      m_qr->setText(m_link);
                      m_linkLabel->setText(m_link);
                      m_number->setText(tr("Match number %1").arg(m_matchNumber));
                      m_state = State::Waiting;
                      tick();
                      m_poll.start();
                      m_countdown.start();
                  });
}

void SignInDialog::collect()
{
    const quint64 attempt = m_attempt;
    m_client.call(
        "POST", QStringLiteral("/sign-in/collect"), {}, {{QStringLiteral("pollSecret"), m_pollSecret}},
        [this, attempt](const net::ApiAnswer& polled) {
            if (attempt != m_attempt || m_state != State::Waiting)
                return;
            if (polled.status == 202)
                return; // the phone has not answered yet
            if (!polled.ok()) {
                fail(polled.message());
                return;
            }
            m_poll.stop();
            m_countdown.stop();
            m_secret = polled.body.value(QStringLiteral("session")).toString();
            m_session = sessionFromJson(polled.body);
            m_state = State::SignedIn;
            m_qr->setMessage(tr("Signed in"));
            m_number->clear();
            m_status->setText(tr("Signed in as %1 (%2).").arg(m_session.email, roleText(m_session.role)));
            accept();
        });
}

void SignInDialog::tick()
{
    const qint64 leftMs = m_expiresAtMs - QDateTime::currentMSecsSinceEpoch();
    if (leftMs <= 0) {
        fail(tr("The sign-in expired before the phone answered."));
        return;
    }
    const qint64 seconds = (leftMs + 999) / 1000;
    m_status->setText(tr("Waiting for your phone — %1:%2 left")
                          .arg(seconds / 60)
                          .arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void SignInDialog::fail(const QString& why)
{
    m_poll.stop();
    m_countdown.stop();
    m_state = State::Failed;
    ++m_attempt; // late answers to this attempt change nothing
    m_qr->setText({});
    m_status->setText(tr("Not signed in: %1").arg(why));
    m_again->show();
}

} // namespace keydesk::gui
