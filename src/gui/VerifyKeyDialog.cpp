// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "VerifyKeyDialog.h"

#include "KeyServices.h"
#include "MessageBox.h"
#include "QrCodeWidget.h"
#include "ReceiptExport.h"
#include "VerdictTable.h"
#include "core/Core.h"
#include "webauthn/Base64Url.h"
#include "webauthn/VerdictJson.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace keydesk::gui {

namespace {

// Refusals, said in the reader's language when they are read.
struct Refusal
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(VerifyKeyDialog)
};

} // namespace

VerifyKeyDialog::VerifyKeyDialog(KeyServices& services, User user, SecurityKey key, QWidget* parent)
    : QDialog(parent), m_services(services), m_user(std::move(user)), m_key(std::move(key))
{
    setObjectName(QStringLiteral("VerifyKeyDialog"));
    setWindowTitle(tr("Verify Security Key — %1").arg(m_user.displayName));
    m_header = new QLabel(tr("Verify %1's security key").arg(m_user.displayName), this);
    m_header->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: 600;"));
    const QString credential = webauthn::toBase64Url(m_key.credentialId).left(12);
    auto* keyLine = new QLabel(
        tr("%1 · %2 · credential %3…")
            .arg(keyTypeDisplayName(m_key.type), services.names().describe(m_key.aaguid), credential),
        this);
    keyLine->setObjectName(QStringLiteral("keyLabel"));
    auto* steps =
        new QLabel(tr("Scan the code with the phone and confirm, or open the link in this computer's "
                      "browser for a key attached here. KeyDesk then checks the answer like a real "
                      "sign-in would."),
                   this);
    steps->setWordWrap(true);

    m_qr = new QrCodeWidget(this);
    m_qr->setObjectName(QStringLiteral("qrWidget"));
    m_qr->setAccessibleName(tr("QR code of the verification link"));
    m_link = new QLabel(this);
    m_link->setObjectName(QStringLiteral("linkLabel"));
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link->setWordWrap(true);
    m_copy = new QPushButton(tr("&Copy Link"), this);
    m_browser = new QPushButton(tr("Use This Computer's &Browser"), this);
    m_browser->setObjectName(QStringLiteral("browserButton"));
    m_browser->setToolTip(
        tr("For a security key attached to this PC: opens the link in the default browser."));
    auto* linkButtons = new QHBoxLayout;
    linkButtons->addWidget(m_copy);
    linkButtons->addWidget(m_browser);
    auto* left = new QVBoxLayout;
    left->addWidget(m_qr, 1);
    left->addWidget(m_link);
    left->addLayout(linkButtons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    m_verdict = new VerdictTable(this);
    m_verdict->setObjectName(QStringLiteral("verdictTable"));
    m_verdict->setMinimumWidth(460);
    auto* right = new QVBoxLayout;
    right->addWidget(m_status);
    right->addWidget(m_countdown);
    right->addWidget(m_verdict, 1);

    auto* body = new QHBoxLayout;
    body->addLayout(left, 2);
    body->addLayout(right, 3);

    m_retry = new QPushButton(tr("&Try Again"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_receipt = new QPushButton(tr("Export &Receipt…"), this);
    m_receipt->setObjectName(QStringLiteral("receiptButton"));
    auto* close = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_receipt);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(keyLine);
    layout->addWidget(steps);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);
    resize(1000, 560);

    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(link()); });
    connect(m_browser, &QPushButton::clicked, this, &VerifyKeyDialog::openInBrowser);
    connect(m_retry, &QPushButton::clicked, this, &VerifyKeyDialog::start);
    connect(m_receipt, &QPushButton::clicked, this, &VerifyKeyDialog::saveReceipt);
    connect(&m_services, &KeyServices::verificationFinished, this, [this](qint64 verificationId, qint64) {
        if (m_started && verificationId == m_started->verification.id)
            refresh();
    });
    // The answer may also arrive through `keydesk-cli serve` in another process: poll too.
    connect(&m_tick, &QTimer::timeout, this, &VerifyKeyDialog::refresh);
    start();
}

VerifyKeyDialog::~VerifyKeyDialog() = default;

bool VerifyKeyDialog::start()
{
    auto started = m_services.startVerification(m_key.id);
    m_finished.reset();
    m_verdict->setVerdict({});
    if (!started) {
        m_started.reset();
        m_tick.stop();
        m_qr->setText({});
        m_qr->setMessage(tr("Cannot verify"));
        m_link->clear();
        m_countdown->clear();
        setState(VerificationState::Failed, started.error());
        m_retry->setEnabled(true);
        return false;
    }
    m_started = started.value();
    m_clockOffsetMs = 0;
    Core& core = m_services.core();
    if (core.inTeam()) {
        // The server's clock decides when it expires: count by it, whatever this desk's says.
        if (auto row = core.verifications().findById(m_started->verification.id); row && row.value())
            m_clockOffsetMs = row.value()->createdAtMs - core.clock().nowMs();
    }
    m_qr->setText(m_started->link);
    m_link->setText(m_started->link);
    m_state = VerificationState::Pending;
    setState(VerificationState::Pending, tr("Waiting for the authenticator…"));
    m_tick.start(500);
    refresh();
    return true;
}

void VerifyKeyDialog::setState(VerificationState state, const QString& text)
{
    static const QHash<VerificationState, QString> styles{
        {VerificationState::Pending, QStringLiteral("background: #fff8c5; color: #4d2d00;")},
        {VerificationState::Verified, QStringLiteral("background: #1a7f37; color: white; font-weight: 600;")},
        {VerificationState::Failed, QStringLiteral("background: #cf222e; color: white; font-weight: 600;")},
        {VerificationState::Expired,
         QStringLiteral("background: #ffebe9; color: #82071e; font-weight: 600;")},
    };
    m_status->setText(text);
    m_status->setStyleSheet(styles.value(state) +
                            QStringLiteral(" border-radius: 6px; padding: 8px; font-size: 15px;"));
    m_status->setAccessibleName(text);
    const bool live = state == VerificationState::Pending;
    m_copy->setEnabled(live);
    m_browser->setEnabled(live);
    m_retry->setEnabled(!live);
    m_receipt->setEnabled(m_finished.has_value());
    m_qr->setEnabled(live);
    if (!live && m_started) {
        m_qr->setText({});
        m_qr->setMessage(state == VerificationState::Verified ? tr("✔ Verified")
                         : state == VerificationState::Failed ? tr("✘ Failed")
                                                              : tr("Expired"));
    }
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void VerifyKeyDialog::refresh()
{
    if (!m_started || m_state != VerificationState::Pending)
        return;
    auto found = m_services.core().verifications().findById(m_started->verification.id);
    if (!found || !found.value())
        return; // a busy database: the next tick tries again
    const Verification& v = *found.value();
    const qint64 now = m_services.core().clock().nowMs() + m_clockOffsetMs;
    const VerificationState state = v.state(now);
    if (state == VerificationState::Pending) {
        const qint64 seconds = std::max<qint64>(0, (v.expiresAtMs - now) / 1000);
        m_countdown->setText(
            tr("Expires in %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
        return;
    }
    m_tick.stop();
    if (state == VerificationState::Expired) {
        m_countdown->setText(tr("Expired"));
        setState(state, tr("Nobody answered in time. Try again to start a new verification."));
        return;
    }
    m_finished = v;
    m_verdict->setVerdict(v.verdict);
    const QString at = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(v.completedAtMs.value_or(now)).time(), QLocale::ShortFormat);
    const QString authenticator = m_services.names().describe(m_key.aaguid);
    if (state == VerificationState::Verified) {
        m_countdown->setText(tr("Verified %1 · signature counter %2").arg(at).arg(v.signCount.value_or(0)));
        setState(state, tr("✔ Verified — %1 signed in; every check passed.").arg(authenticator));
    } else {
        m_countdown->setText(tr("Answered %1 · the key was left as it was").arg(at));
        setState(state, tr("✘ Verification failed at “%1”: %2")
                            .arg(VerdictTable::checkTitle(v.failedCheck), webauthn::detailOf(v.verdict)));
    }
}

void VerifyKeyDialog::openInBrowser()
{
    if (m_started && !QDesktopServices::openUrl(QUrl(m_started->link)))
        MessageBox::warning(this, tr("Open Link"),
                            tr("No browser could be started for %1.").arg(m_started->link));
}

QString VerifyKeyDialog::receiptHtml() const
{
    if (!m_finished)
        return {};
    auto html = verificationReceiptFor(m_services, m_user, m_key, *m_finished);
    return html ? html.value() : QString();
}

Status VerifyKeyDialog::exportReceipt(const QString& path) const
{
    if (!m_finished)
        return Status::failure(Refusal::tr("The verification has no result yet."));
    auto html = verificationReceiptFor(m_services, m_user, m_key, *m_finished);
    return html ? gui::exportReceipt(html.value(), path) : Status::failure(html.cause());
}

void VerifyKeyDialog::saveReceipt()
{
    if (m_finished)
        gui::saveReceipt(this, verificationReceiptFor(m_services, m_user, m_key, *m_finished),
                         m_finished->id);
}

} // namespace keydesk::gui
