// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "PhoneWindow.h"

#include "phone/QrScanner.h"
#include "webauthn/Base64Url.h"
#include "webauthn/Verdict.h"

#include <QActionGroup>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTime>
#include <QVBoxLayout>

namespace keydesk::phoneapp {

using authenticator::Tamper;

namespace {

struct TamperChoice
{
    Tamper tamper;
    const char* label;
};

const TamperChoice kTamperChoices[] = {
    {Tamper::None, QT_TRANSLATE_NOOP("PhoneWindow", "&Honest")},
    {Tamper::WrongOrigin, QT_TRANSLATE_NOOP("PhoneWindow", "Wrong &origin (a phishing site)")},
    {Tamper::StaleChallenge, QT_TRANSLATE_NOOP("PhoneWindow", "&Replayed challenge")},
    {Tamper::ClonedCounter, QT_TRANSLATE_NOOP("PhoneWindow", "&Cloned counter")},
    {Tamper::BadSignature, QT_TRANSLATE_NOOP("PhoneWindow", "Bad &signature")},
    {Tamper::FlippedFlag, QT_TRANSLATE_NOOP("PhoneWindow", "User-present &flag cleared")},
};

QString resultStyle(bool ok)
{
    return ok ? QStringLiteral("background: #1a7f37; color: white;")
              : QStringLiteral("background: #cf222e; color: white;");
}

} // namespace

PhoneWindow::PhoneWindow(phone::VirtualPhone& phone, QUrl server, QWidget* parent)
    : QMainWindow(parent), m_phone(phone), m_server(std::move(server))
{
    setObjectName(QStringLiteral("PhoneWindow"));
    setWindowTitle(tr("KeyDesk virtual phone"));

    QMenu* phoneMenu = menuBar()->addMenu(tr("&Phone"));
    phoneMenu->addAction(tr("&Scan QR Code from Screen"), QKeySequence(Qt::CTRL | Qt::Key_S), this,
                         &PhoneWindow::scanScreen);
    phoneMenu->addAction(tr("Scan QR Code from &Image…"), QKeySequence::Open, this, &PhoneWindow::scanFile);
    phoneMenu->addAction(tr("Open &Link…"), QKeySequence(Qt::CTRL | Qt::Key_L), this,
                         &PhoneWindow::askForLink);
    phoneMenu->addAction(tr("&Work or School…"), QKeySequence(Qt::CTRL | Qt::Key_W), this,
                         &PhoneWindow::workOrSchool);
    phoneMenu->addSeparator();
    QAction* synced = phoneMenu->addAction(tr("New Passkeys Are S&ynced (BE/BS)"));
    synced->setCheckable(true);
    connect(synced, &QAction::toggled, this, [this](bool on) { m_phone.setSyncedPasskeys(on); });
    phoneMenu->addSeparator();
    phoneMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    QMenu* tamperMenu = menuBar()->addMenu(tr("&Tamper"));
    tamperMenu->setToolTipsVisible(true);
    m_tamperGroup = new QActionGroup(this);
    for (const TamperChoice& choice : kTamperChoices) {
        QAction* action = tamperMenu->addAction(tr(choice.label));
        action->setCheckable(true);
        action->setChecked(choice.tamper == Tamper::None);
        action->setData(int(choice.tamper));
        action->setObjectName(QStringLiteral("tamper-") + authenticator::tamperName(choice.tamper));
        m_tamperGroup->addAction(action);
    }
    connect(m_tamperGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { setTamper(Tamper(action->data().toInt())); });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* title = new QLabel(tr("KeyDesk virtual phone"), central);
    title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 600;"));
    title->setAlignment(Qt::AlignCenter);
    m_tamperBanner = new QLabel(central);
    m_tamperBanner->setObjectName(QStringLiteral("tamperBanner"));
    m_tamperBanner->setAlignment(Qt::AlignCenter);
    m_tamperBanner->setStyleSheet(
        QStringLiteral("background: #fff1e5; color: #953800; padding: 6px; font-weight: 600;"));
    m_tamperBanner->hide();
    m_scan = new QPushButton(tr("Scan QR Code"), central);
    m_scan->setObjectName(QStringLiteral("scanButton"));
    m_scan->setToolTip(tr("Reads a KeyDesk QR code shown anywhere on the screen, as a camera would."));
    m_scan->setMinimumHeight(56);
    m_code = new QPushButton(tr("Work or School…"), central);
    m_code->setObjectName(QStringLiteral("codeButton"));
    m_code->setMinimumHeight(40);
    m_result = new QLabel(tr("Scan the code your helpdesk shows you."), central);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setMinimumHeight(64);
    m_result->setStyleSheet(QStringLiteral("padding: 8px; border-radius: 6px; background: palette(base);"));
    auto* passkeysTitle = new QLabel(tr("Passkeys on this phone"), central);
    passkeysTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_passkeys = new QListWidget(central);
    m_passkeys->setObjectName(QStringLiteral("passkeyList"));
    m_passkeys->setAccessibleName(tr("Passkeys on this phone"));
    m_passkeys->setWordWrap(true);
    m_passkeys->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* remove = new QPushButton(tr("Remove Passkey"), central);
    m_log = new QPlainTextEdit(central);
    m_log->setObjectName(QStringLiteral("logView"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(200);
    m_log->setMaximumHeight(120);
    m_log->setAccessibleName(tr("What the phone did"));

    layout->addWidget(title);
    layout->addWidget(m_tamperBanner);
    layout->addWidget(m_scan);
    layout->addWidget(m_code);
    layout->addWidget(m_result);
    layout->addWidget(passkeysTitle);
    layout->addWidget(m_passkeys, 1);
    layout->addWidget(remove);
    layout->addWidget(m_log);
    setCentralWidget(central);
    resize(380, 700);

    connect(m_scan, &QPushButton::clicked, this, &PhoneWindow::scanScreen);
    connect(m_code, &QPushButton::clicked, this, &PhoneWindow::workOrSchool);
    connect(remove, &QPushButton::clicked, this, &PhoneWindow::removePasskey);
    connect(&m_phone, &phone::VirtualPhone::walletChanged, this, &PhoneWindow::reloadPasskeys);
    reloadPasskeys();
    log(m_phone.wallet().path().isEmpty() ? tr("Passkeys kept in memory only.")
                                          : tr("Passkeys file: %1").arg(m_phone.wallet().path()));
}

QString PhoneWindow::resultText() const
{
    return m_result->text();
}

void PhoneWindow::setTamper(Tamper tamper)
{
    m_phone.setTamper(tamper);
    for (QAction* action : m_tamperGroup->actions())
        if (Tamper(action->data().toInt()) == tamper)
            action->setChecked(true);
    m_tamperBanner->setVisible(tamper != Tamper::None);
    for (const TamperChoice& choice : kTamperChoices)
        if (choice.tamper == tamper)
            m_tamperBanner->setText(tr("Tampering: %1").arg(tr(choice.label).remove(u'&')));
}

void PhoneWindow::begin(const QString& what)
{
    m_busy = true;
    m_scan->setEnabled(false);
    m_code->setEnabled(false);
    m_result->setStyleSheet(QStringLiteral("padding: 8px; border-radius: 6px; background: #fff8c5;"));
    m_result->setText(what);
}

void PhoneWindow::showOutcome(const phone::PhoneOutcome& outcome)
{
    m_busy = false;
    m_scan->setEnabled(true);
    m_code->setEnabled(true);
    m_result->setStyleSheet(QStringLiteral("padding: 8px; border-radius: 6px; font-weight: 600; ") +
                            resultStyle(outcome.ok));
    QString text = outcome.message;
    // A refused verification names the check the relying party caught.
    const QString check = outcome.reply.body.value(QStringLiteral("verdict"))
                              .toObject()
                              .value(QStringLiteral("error"))
                              .toString();
    if (!outcome.ok && !check.isEmpty())
        text = tr("✘ Refused at “%1”. %2").arg(check, text);
    else if (outcome.ok)
        text = QStringLiteral("✔ ") + text;
    m_result->setText(text);
    m_result->setAccessibleName(text);
    if (outcome.link.isValid())
        m_server = outcome.link.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    log(QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), text));
    Q_EMIT finished(outcome);
}

void PhoneWindow::scanScreen()
{
    // Every screen, as a camera pointed at the desk would see what the console shows.
    for (QScreen* screen : QGuiApplication::screens()) {
        const QImage shot = screen->grabWindow(0).toImage();
        if (phone::VirtualPhone::keydeskLink(phone::scanQrCodes(shot))) {
            scanImage(shot);
            return;
        }
    }
    m_result->setStyleSheet(QStringLiteral("padding: 8px; border-radius: 6px; background: #ffebe9;"));
    m_result->setText(tr("No KeyDesk QR code on the screen. Show it in the console, or open an image."));
}

void PhoneWindow::scanImage(const QImage& image)
{
    begin(tr("Reading the QR code…"));
    m_phone.scan(image, [this](phone::PhoneOutcome outcome) { showOutcome(outcome); });
}

void PhoneWindow::openLink(const QUrl& link)
{
    begin(tr("Talking to %1…").arg(link.host()));
    m_phone.open(link, [this](phone::PhoneOutcome outcome) { showOutcome(outcome); });
}

void PhoneWindow::scanFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Scan QR Code from Image"), {},
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp)"));
    if (path.isEmpty())
        return;
    QImage image(path);
    if (image.isNull()) {
        QMessageBox::warning(this, windowTitle(), tr("%1 is not an image this phone can read.").arg(path));
        return;
    }
    scanImage(image);
}

void PhoneWindow::askForLink()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Open Link"), tr("Activation or verification link:"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok && !text.trimmed().isEmpty())
        openLink(QUrl(text.trimmed()));
}

void PhoneWindow::workOrSchool()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Work or School"));
    auto* form = new QFormLayout(&dialog);
    auto* server = new QLineEdit(m_server.toString(), &dialog);
    auto* email = new QLineEdit(&dialog);
    email->setPlaceholderText(QStringLiteral("name@example.com"));
    auto* code = new QLineEdit(&dialog);
    code->setPlaceholderText(QStringLiteral("ABCD-EFGH"));
    form->addRow(tr("&Server:"), server);
    form->addRow(tr("&Email:"), email);
    form->addRow(tr("&Code:"), code);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QUrl base(server->text().trimmed());
    begin(tr("Looking up the code…"));
    m_phone.enterCode(base, email->text().trimmed(), code->text(),
                      [this](phone::PhoneOutcome outcome) { showOutcome(outcome); });
}

void PhoneWindow::removePasskey()
{
    QListWidgetItem* item = m_passkeys->currentItem();
    if (!item || item->data(Qt::UserRole).isNull()) // nothing, or the "None yet" line
        return;
    if (QMessageBox::question(
            this, tr("Remove Passkey"),
            tr("Remove this passkey from the phone? The key in KeyDesk stays as it is, but this "
               "phone can no longer sign with it.")) != QMessageBox::Yes)
        return;
    if (Status s = m_phone.wallet().remove(item->data(Qt::UserRole).toByteArray()); !s)
        QMessageBox::warning(this, tr("Remove Passkey"), s.error());
    reloadPasskeys();
}

void PhoneWindow::reloadPasskeys()
{
    m_passkeys->clear();
    for (const authenticator::SoftwareCredential& c : m_phone.wallet().credentials()) {
        // Whose passkey first: a phone at a demo desk holds several users' keys.
        const QString owner = c.userName.isEmpty() ? tr("(user not recorded)")
                              : c.userDisplayName.isEmpty() || c.userDisplayName == c.userName
                                  ? c.userName
                                  : tr("%1 <%2>").arg(c.userDisplayName, c.userName);
        auto* item =
            new QListWidgetItem(tr("%1\n%2 · %3 · credential %4… · counter %5 · %6")
                                    .arg(owner, c.rpId, webauthn::algorithmName(c.algorithm),
                                         webauthn::toBase64Url(c.id).left(10))
                                    .arg(c.signCount)
                                    .arg(QLocale().toString(c.created.toLocalTime(), QLocale::ShortFormat)),
                                m_passkeys);
        item->setData(Qt::UserRole, c.id);
    }
    if (m_passkeys->count() == 0)
        new QListWidgetItem(tr("None yet: scan an activation code."), m_passkeys);
}

void PhoneWindow::log(const QString& line)
{
    m_log->appendPlainText(line);
}

} // namespace keydesk::phoneapp
