// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ActivateNowDialog.h"
#include "ui_ActivateNowDialog.h"

#include "KeyServices.h"
#include "MessageBox.h"
#include "core/Core.h"
#include "net/HealthProbe.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QScreen>
#include <QVBoxLayout>

#include "QrCodeWidget.h"

namespace keydesk::gui {

namespace {

// The user-facing copy of the code: full screen on the screen the user looks at; Esc or a
// click closes it.
class FullScreenCode : public QWidget
{
public:
    FullScreenCode(const QString& link, const QString& code, const QString& email)
    {
        setAttribute(Qt::WA_DeleteOnClose);
        setWindowTitle(
            QCoreApplication::translate("ActivateNowDialog", "Scan to activate your security key"));
        setAutoFillBackground(true);
        QPalette p = palette();
        p.setColor(QPalette::Window, Qt::white);
        p.setColor(QPalette::WindowText, Qt::black);
        setPalette(p);
        auto* layout = new QVBoxLayout(this);
        auto* title = new QLabel(
            QCoreApplication::translate("ActivateNowDialog", "Scan with your phone's camera"), this);
        title->setAlignment(Qt::AlignCenter);
        title->setStyleSheet(QStringLiteral("font-size: 32px; font-weight: 600;"));
        auto* qr = new QrCodeWidget(this);
        qr->setText(link);
        auto* manual = new QLabel(
            QCoreApplication::translate("ActivateNowDialog", "or in the app under “Work or School”: %1 · %2")
                .arg(email, code),
            this);
        manual->setAlignment(Qt::AlignCenter);
        manual->setStyleSheet(QStringLiteral("font-size: 24px;"));
        layout->addWidget(title);
        layout->addWidget(qr, 1);
        layout->addWidget(manual);
    }

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->key() == Qt::Key_Escape)
            close();
        else
            QWidget::keyPressEvent(event);
    }
    void mousePressEvent(QMouseEvent*) override { close(); }
};

QString countdownText(qint64 leftMs)
{
    const qint64 seconds = std::max<qint64>(0, leftMs / 1000);
    // A week-long Work or School code reads in days, not as "167 h 59 min".
    if (seconds >= 86400)
        return QCoreApplication::translate("ActivateNowDialog", "Expires in %1 d %2 h")
            .arg(seconds / 86400)
            .arg((seconds % 86400) / 3600);
    if (seconds >= 3600)
        return QCoreApplication::translate("ActivateNowDialog", "Expires in %1 h %2 min")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60);
    return QCoreApplication::translate("ActivateNowDialog", "Expires in %1:%2")
        .arg(seconds / 60)
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// How often a waiting dialog asks again whether the server answers, in ticks of one second.
constexpr int kServerCheckTicks = 10;

} // namespace

ActivateNowDialog::ActivateNowDialog(KeyServices& services, User user, IssuedLink issued, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ActivateNowDialog>()), m_services(services),
      m_user(std::move(user)), m_issued(std::move(issued))
{
    m_ui->setupUi(this);
    if (manual()) {
        // Work or School: the user types the email and the code in the app; nothing to scan.
        setWindowTitle(tr("Work or School Code — %1").arg(m_user.displayName));
        m_ui->headerLabel->setText(tr("Give %1 the code for the phone app").arg(m_user.displayName));
        m_ui->qrWidget->hide();
        m_ui->saveQrButton->hide();
        m_ui->showToUserButton->hide();
        m_ui->copyLinkButton->hide();
        m_ui->printButton->hide();
    } else {
        setWindowTitle(tr("Activate Now — %1").arg(m_user.displayName));
        m_ui->headerLabel->setText(tr("Activate %1's smartphone").arg(m_user.displayName));
    }
    m_ui->serverProblemWidget->hide();
    // A team desk's links are the team server's: this desk's server settings do not fix them.
    m_ui->serverSettingsButton->setVisible(!m_services.core().inTeam());
    m_probe = new net::HealthProbe(this);
    connect(m_probe, &net::HealthProbe::finished, this, &ActivateNowDialog::serverChecked);
    connect(m_ui->serverSettingsButton, &QPushButton::clicked, this,
            [this] { m_services.requestServerSettings(); });
    connect(m_ui->tryAgainButton, &QPushButton::clicked, this, &ActivateNowDialog::tryAgain);
    connect(&m_services, &KeyServices::serverStateChanged, this, &ActivateNowDialog::checkServer);
    // Enter closes (the activation stays valid); no button that replaces the code is a default.
    for (QPushButton* button : findChildren<QPushButton*>())
        button->setAutoDefault(false);
    m_ui->closeButton->setDefault(true);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->regenerateButton, &QPushButton::clicked, this, &ActivateNowDialog::regenerate);
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_issued.link); });
    connect(m_ui->saveQrButton, &QPushButton::clicked, this, &ActivateNowDialog::saveQr);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ActivateNowDialog::print);
    connect(m_ui->showToUserButton, &QPushButton::clicked, this, &ActivateNowDialog::showToUser);
    connect(&m_services, &KeyServices::keyActivated, this, [this](qint64 keyId) {
        if (keyId == m_issued.key.id)
            refresh();
    });
    // The phone may also complete through `keydesk-cli serve` in another process: poll too.
    connect(&m_tick, &QTimer::timeout, this, &ActivateNowDialog::refresh);
    m_tick.start(1000);
    showIssued();
}

ActivateNowDialog::~ActivateNowDialog()
{
    if (m_fullScreen)
        m_fullScreen->close();
}

QImage ActivateNowDialog::qrImage(int modulePixels) const
{
    return m_ui->qrWidget->toImage(modulePixels);
}

void ActivateNowDialog::showIssued()
{
    m_ui->codeLabel->setText(m_issued.manualCode);
    if (manual()) {
        m_ui->instructionsLabel->setText(
            tr("<ol><li>On the smartphone, open the KeyDesk app and choose <b>Work or School</b>, or open "
               "the address below in the phone's browser.</li><li>Enter the email and the code.</li>"
               "<li>Confirm with the phone's screen lock.</li></ol>"));
        m_ui->codeTitleLabel->setText(tr("Email: %1 — code:").arg(m_user.email));
        m_ui->linkLabel->setText(serverBase() + QStringLiteral("/activate"));
    } else {
        m_ui->qrWidget->setText(m_issued.link);
        m_ui->codeTitleLabel->setText(
            tr("No camera? In the app under “Work or School”, enter %1 and this code:").arg(m_user.email));
        m_ui->linkLabel->setText(m_issued.link);
    }
    m_state = State::Waiting;
    setState(State::Waiting, tr("Waiting for the phone…"));
    refresh();
    checkServer();
}

QString ActivateNowDialog::serverBase() const
{
    // Links are <base>/a/<token>; the base may carry a path (a server behind a proxy).
    const qsizetype cut = m_issued.link.lastIndexOf(QStringLiteral("/a/"));
    return cut > 0 ? m_issued.link.left(cut) : m_issued.link;
}

void ActivateNowDialog::checkServer()
{
    m_ticksSinceCheck = 0;
    m_probe->start(serverBase());
}

void ActivateNowDialog::serverChecked(bool ok, const Error& problem)
{
    m_serverProblem = ok ? QString() : problem.message();
    m_ui->serverProblemWidget->setVisible(!ok);
    if (m_state != State::Waiting && m_state != State::ServerDown)
        return;
    if (ok) {
        setState(State::Waiting, tr("Waiting for the phone…"));
        if (!manual())
            m_ui->qrWidget->setText(m_issued.link);
        return;
    }
    // Say why, and what fixes it: this desk's own server, or the one the link names.
    const QString why =
        m_services.serverRunning() || m_services.serverError().isEmpty()
            ? problem.message()
            : tr("this desk's enrollment server is not running (%1)").arg(m_services.serverError());
    setState(State::ServerDown, tr("The phone cannot open this link: %1.").arg(why));
    m_ui->qrWidget->setMessage(tr("No server answers this link"));
    resize(size().expandedTo(sizeHint()));
}

void ActivateNowDialog::tryAgain()
{
    // A team desk's links point at the team server: only asking again can help from here.
    if (!m_services.serverRunning() && !m_services.core().inTeam())
        (void)m_services.restartServer(); // serverStateChanged() shows the outcome
    else
        checkServer();
}

void ActivateNowDialog::setState(State state, const QString& text)
{
    static const QHash<State, QString> styles{
        {State::Waiting, QStringLiteral("background: #fff8c5; color: #4d2d00;")},
        {State::Activated, QStringLiteral("background: #1a7f37; color: white; font-weight: 600;")},
        {State::Expired, QStringLiteral("background: #ffebe9; color: #82071e; font-weight: 600;")},
        {State::Superseded, QStringLiteral("background: #ffebe9; color: #82071e;")},
        {State::Withdrawn, QStringLiteral("background: #ffebe9; color: #82071e;")},
        {State::ServerDown, QStringLiteral("background: #ffebe9; color: #82071e; font-weight: 600;")},
    };
    m_ui->statusLabel->setText(text);
    // The margin is the label's own, not style-sheet padding, so a wrapped message gets its height.
    m_ui->statusLabel->setMargin(8);
    m_ui->statusLabel->setStyleSheet(styles.value(state) +
                                     QStringLiteral(" border-radius: 6px; font-size: 15px;"));
    m_ui->statusLabel->setAccessibleName(text);
    const bool live = state == State::Waiting;
    m_ui->copyLinkButton->setEnabled(live);
    m_ui->saveQrButton->setEnabled(live);
    m_ui->printButton->setEnabled(live);
    m_ui->showToUserButton->setEnabled(live);
    m_ui->regenerateButton->setEnabled(state != State::Activated && state != State::Withdrawn);
    m_ui->qrWidget->setEnabled(live);
    if (!live) {
        m_ui->qrWidget->setText({});
        m_ui->qrWidget->setMessage(text);
        if (m_fullScreen)
            m_fullScreen->close();
    }
    // A used, expired or replaced code is not left on screen to be copied; a code whose server is
    // down still works once the server runs.
    if (!live && state != State::ServerDown) {
        m_ui->codeLabel->setText(QStringLiteral("—"));
        m_ui->linkLabel->clear();
    }
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void ActivateNowDialog::refresh()
{
    if (m_state == State::Activated || m_state == State::Withdrawn)
        return;
    auto row = m_services.core().keys().findById(m_issued.key.id);
    if (!row)
        return; // a busy database: the next tick tries again
    if (!row.value()) {
        setState(State::Withdrawn, tr("This key was deleted."));
        return;
    }
    const SecurityKeyRow& r = *row.value();
    if (r.key.status == KeyStatus::Active || r.key.status == KeyStatus::Suspended) {
        m_tick.stop();
        m_ui->countdownLabel->setText(
            tr("Activated %1")
                .arg(
                    QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.key.activatedAtMs.value_or(0)).time(),
                                       QLocale::ShortFormat)));
        setState(State::Activated, tr("✔ Activated — %1").arg(m_services.names().describe(r.key.aaguid)));
        return;
    }
    if (r.key.status == KeyStatus::Revoked) {
        setState(State::Withdrawn, tr("This key was revoked."));
        return;
    }
    if (r.latestActivation && r.latestActivation->id != m_issued.activation.id) {
        setState(State::Superseded, tr("A newer link replaced this one. Regenerate to show a fresh code."));
        return;
    }
    const qint64 left = m_issued.activation.expiresAtMs - m_services.core().clock().nowMs();
    if (left <= 0) {
        m_ui->countdownLabel->setText(tr("Expired"));
        setState(State::Expired, tr("Expired — regenerate to try again."));
        return;
    }
    m_ui->countdownLabel->setText(countdownText(left));
    if (++m_ticksSinceCheck >= kServerCheckTicks)
        checkServer();
}

void ActivateNowDialog::regenerate()
{
    // A live code may be half typed or scanned by the user right now: ask before replacing it.
    if (state() == State::Waiting &&
        MessageBox::question(this, tr("Regenerate"),
                             tr("Issue a new link and code? The ones shown now stop working at once, and "
                                "%1 must scan the new code.")
                                 .arg(m_user.displayName)) != QMessageBox::Yes)
        return;
    auto issuer = m_services.issuer();
    if (!issuer) {
        MessageBox::warning(this, tr("Regenerate"), issuer.error());
        return;
    }
    auto issued = issuer.value()->reissue(m_issued.key.id, ActivationMethod::Now);
    if (!issued) {
        MessageBox::warning(this, tr("Regenerate"), issued.error());
        return;
    }
    m_issued = issued.value();
    m_tick.start(1000);
    showIssued();
}

void ActivateNowDialog::saveQr()
{
    QString filter;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save QR Code"), QStringLiteral("activation-qr.png"),
                                     tr("PNG image (*.png);;SVG image (*.svg)"), &filter);
    if (path.isEmpty() || !m_ui->qrWidget->code())
        return;
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    const QByteArray bytes = svg ? m_ui->qrWidget->code()->toSvg(10) : m_ui->qrWidget->code()->toPng(10);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        MessageBox::warning(this, tr("Save QR Code"),
                            tr("Cannot write %1: %2").arg(path, file.errorString()));
}

void ActivateNowDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    QFont title = painter.font();
    title.setPointSize(18);
    painter.setFont(title);
    painter.drawText(QRect(0, 0, page.width(), page.height() / 10), Qt::AlignCenter,
                     tr("Activate your security key — %1").arg(m_user.displayName));
    const int side = std::min(page.width(), page.height()) * 6 / 10;
    const QImage qr = qrImage(16);
    painter.drawImage(QRect((page.width() - side) / 2, page.height() / 8, side, side), qr);
    QFont body = painter.font();
    body.setPointSize(11);
    painter.setFont(body);
    painter.drawText(
        QRect(0, page.height() / 8 + side + 40, page.width(), page.height() / 4),
        Qt::AlignHCenter | Qt::TextWordWrap,
        tr("Or open %1\n\nWork or School: %2, code %3\nValid until %4")
            .arg(m_issued.link, m_user.email, m_issued.manualCode,
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_issued.activation.expiresAtMs),
                                    QLocale::ShortFormat)));
}

void ActivateNowDialog::showToUser()
{
    if (m_fullScreen) {
        m_fullScreen->raise();
        return;
    }
    auto* window = new FullScreenCode(m_issued.link, m_issued.manualCode, m_user.email);
    // The other monitor, if there is one: the operator keeps this dialog on theirs.
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* mine = screen();
    QScreen* target = mine;
    for (QScreen* s : screens) {
        if (s != mine) {
            target = s;
            break;
        }
    }
    window->setScreen(target);
    window->setGeometry(target->geometry());
    window->showFullScreen();
    m_fullScreen = window;
}

} // namespace keydesk::gui
