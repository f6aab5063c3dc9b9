// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SecurityKeysTab.h"
#include "ui_SecurityKeysTab.h"

#include "ActivateNowDialog.h"
#include "ChangeGate.h"
#include "KeyServices.h"
#include "LostPhoneDialog.h"
#include "MessageBox.h"
#include "NewSecurityKeyWizard.h"
#include "SecurityKeyTableModel.h"
#include "VerifyKeyDialog.h"
#include "WindowsLogonDialog.h"
#include "core/Core.h"
#include "core/keys/KeyStateMachine.h"
#include "core/keys/LostPhoneCase.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>

namespace keydesk::gui {

SecurityKeysTab::SecurityKeysTab(KeyServices& services, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SecurityKeysTab>()), m_services(services)
{
    m_ui->setupUi(this);
    m_model = new SecurityKeyTableModel(services.names(), this);
    m_ui->keysTableView->setModel(m_model);
    m_ui->keysTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->keysTableView->verticalHeader()->hide();
    connect(m_ui->keysTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SecurityKeysTab::updateButtons);
    connect(m_ui->newKeyButton, &QPushButton::clicked, this, &SecurityKeysTab::newKey);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &SecurityKeysTab::verify);
    connect(m_ui->reissueButton, &QPushButton::clicked, this, &SecurityKeysTab::reissue);
    connect(m_ui->suspendButton, &QPushButton::clicked, this, &SecurityKeysTab::suspend);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &SecurityKeysTab::resume);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &SecurityKeysTab::revoke);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &SecurityKeysTab::remove);
    connect(m_ui->lostPhoneButton, &QPushButton::clicked, this, &SecurityKeysTab::lostPhone);
    connect(m_ui->phoneFoundButton, &QPushButton::clicked, this, &SecurityKeysTab::phoneFound);
    connect(m_ui->windowsLogonButton, &QPushButton::clicked, this, &SecurityKeysTab::editWindowsLogon);
    connect(m_ui->clearWindowsLogonButton, &QPushButton::clicked, this, &SecurityKeysTab::clearWindowsLogon);
    connect(&services, &KeyServices::keyActivated, this, &SecurityKeysTab::reload);
    connect(&services, &KeyServices::keysChanged, this, &SecurityKeysTab::reload);
    // Time left ticks down; a key completed by another process shows up too.
    connect(&m_clock, &QTimer::timeout, this, &SecurityKeysTab::reload);
    m_clock.start(15'000);
    updateButtons();
}

SecurityKeysTab::~SecurityKeysTab() = default;

void SecurityKeysTab::setUser(const User& user)
{
    m_user = user;
    reload();
}

void SecurityKeysTab::reload()
{
    if (m_user.id == 0)
        return;
    const qint64 selected = selectedKeyId();
    auto rows = m_services.core().keys().listForUser(m_user.id);
    if (!rows) {
        m_ui->summaryLabel->setText(rows.error());
        return;
    }
    m_model->setRows(rows.value(), m_services.core().clock().nowMs());
    int active = 0;
    for (const SecurityKeyRow& r : rows.value())
        active += r.key.status == KeyStatus::Active;
    m_ui->summaryLabel->setText(rows->isEmpty() ? tr("No security keys yet.")
                                                : tr("Keys: %1 · active: %2").arg(rows->size()).arg(active));
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->row(i)->key.id == selected)
            m_ui->keysTableView->selectRow(i);
    }
    if (!m_ui->keysTableView->selectionModel()->hasSelection() && m_model->rowCount() > 0)
        m_ui->keysTableView->selectRow(0);
    m_ui->keysTableView->resizeColumnsToContents();
    // Read here, not per click: the tab reloads when keys change.
    m_undoableCase.reset();
    if (auto open = LostPhoneCases(m_services.core().store(), m_services.actor()).undoableCaseOf(m_user.id);
        open && open.value())
        m_undoableCase = open.value()->caseId;
    updateButtons();
    showWindowsLogon();
}

void SecurityKeysTab::showWindowsLogon()
{
    auto logon = m_services.core().windowsLogons().find(m_user.id);
    if (!logon) {
        m_ui->windowsLogonLabel->setText(logon.error());
        return;
    }
    m_ui->windowsLogonLabel->setText(
        logon.value() ? logon.value()->describe()
                      : tr("Not set up: Windows needs the phone paired with the user's PC, or a security key "
                           "reader on a shared PC."));
    m_ui->windowsLogonButton->setText(logon.value() ? tr("&Change…") : tr("Set &Up…"));
    const std::optional<Error> refusal = m_services.core().refusal(Permission::EditUsers);
    gateChange(m_ui->windowsLogonButton, true, refusal);
    gateChange(m_ui->clearWindowsLogonButton, logon.value().has_value(), refusal);
}

void SecurityKeysTab::editWindowsLogon()
{
    auto current = m_services.core().windowsLogons().find(m_user.id);
    WindowsLogonDialog dialog(m_services.core(), m_user, current ? current.value() : std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        report({}, {});
}

void SecurityKeysTab::clearWindowsLogon()
{
    if (MessageBox::question(this, tr("Clear Windows Sign-in"),
                             tr("Forget how %1 signs in to Windows? Nothing changes on the PC itself.")
                                 .arg(m_user.displayName)) != QMessageBox::Yes)
        return;
    report(tr("Clear Windows Sign-in"),
           m_services.core().windowsLogonChanges().clear(m_services.actor(), m_user).error());
}

qint64 SecurityKeysTab::selectedKeyId() const
{
    const QModelIndexList rows = m_ui->keysTableView->selectionModel()->selectedRows();
    const SecurityKeyRow* r = rows.isEmpty() ? nullptr : m_model->row(rows.first().row());
    return r ? r->key.id : 0;
}

void SecurityKeysTab::updateButtons()
{
    const QModelIndexList rows = m_ui->keysTableView->selectionModel()->selectedRows();
    const SecurityKeyRow* r = rows.isEmpty() ? nullptr : m_model->row(rows.first().row());
    const KeyStatus s = r ? r->key.status : KeyStatus::Revoked;
    // The state machine's rules (core/keys/KeyStateMachine), and KeyLifecycle's: only an enabled
    // user gets a new link; a key that was ever activated is revoked, never deleted.
    const bool neverActivated = r && r->key.credentialId.isEmpty();
    // And the desk's: the operator's role, the server's reach.
    Core& core = m_services.core();
    const std::optional<Error> handle = core.refusal(Permission::HandleKeys);
    gateChange(m_ui->newKeyButton, m_user.enabled, handle);
    gateChange(m_ui->reissueButton, r && allows(KeyAction::Reissue, s) && m_user.enabled, handle);
    gateChange(m_ui->verifyButton, r && s == KeyStatus::Active, handle);
    gateChange(m_ui->suspendButton, r && allows(KeyAction::Suspend, s), handle);
    gateChange(m_ui->resumeButton, r && allows(KeyAction::Resume, s), handle);
    gateChange(m_ui->revokeButton, r && allows(KeyAction::Revoke, s), handle);
    gateChange(m_ui->deleteButton, neverActivated && allows(KeyAction::Delete, s),
               core.refusal(Permission::Delete));
    bool onPhone = false;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const SecurityKey& key = m_model->row(i)->key;
        onPhone |= key.type == KeyType::Smartphone &&
                   (key.status == KeyStatus::Active || key.status == KeyStatus::Suspended ||
                    key.status == KeyStatus::Pending);
    }
    gateChange(m_ui->lostPhoneButton, onPhone, handle);
    gateChange(m_ui->phoneFoundButton, m_undoableCase.has_value(), handle);
    if (!handle)
        m_ui->newKeyButton->setToolTip(m_user.enabled ? QString() : tr("Enable the user to assign a key."));
}

void SecurityKeysTab::report(const QString& title, const QString& error)
{
    reload();
    Q_EMIT keysChanged();
    if (!error.isEmpty())
        MessageBox::warning(this, title, error);
}

void SecurityKeysTab::newKey()
{
    NewSecurityKeyWizard wizard(m_services, m_user, this);
    if (wizard.exec() != QDialog::Accepted || !wizard.issued())
        return;
    report({}, {});
    const IssuedLink issued = *wizard.issued();
    if (issued.activation.method == ActivationMethod::Email) {
        m_ui->noticeLabel->setText(
            m_services.core().inTeam()
                ? tr("The activation email to %1 is in the server's outbox; the server sends it.")
                      .arg(m_user.email)
            : m_services.mailConfigured()
                ? tr("The activation email to %1 is in the outbox and goes out shortly.").arg(m_user.email)
                : tr("The activation email to %1 waits in the outbox until Email Settings are complete.")
                      .arg(m_user.email));
        return;
    }
    auto* dialog = new ActivateNowDialog(m_services, m_user, issued, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ActivateNowDialog::stateChanged, this, [this] { report({}, {}); });
    dialog->open();
}

void SecurityKeysTab::verify()
{
    const QModelIndexList rows = m_ui->keysTableView->selectionModel()->selectedRows();
    const SecurityKeyRow* r = rows.isEmpty() ? nullptr : m_model->row(rows.first().row());
    if (!r || r->key.status != KeyStatus::Active)
        return;
    auto* dialog = new VerifyKeyDialog(m_services, m_user, r->key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VerifyKeyDialog::stateChanged, this, [this] { report({}, {}); });
    dialog->open();
}

void SecurityKeysTab::reissue()
{
    const SecurityKeyRow* r = nullptr;
    const QModelIndexList rows = m_ui->keysTableView->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        r = m_model->row(rows.first().row());
    if (!r)
        return;
    const qint64 keyId = r->key.id;
    QStringList options{tr("Show a QR code now (user present)"), tr("Send a new activation email")};
    auto issuer = m_services.issuer();
    if (!issuer) {
        report(tr("Re-issue Activation"), issuer.error());
        return;
    }
    const QString emailProblem = KeyEnrollment::emailUnavailableReason(m_user).message();
    if (!emailProblem.isEmpty())
        options.removeLast();
    else if (const QString waits = issuer.value()->emailWaitsNote(); !waits.isEmpty())
        options.last() += QStringLiteral(" — ") + waits;
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Re-issue Activation"),
        tr("The current link and code stop working. How should %1 get the new ones?")
                .arg(m_user.displayName) +
            (emailProblem.isEmpty() ? QString() : QStringLiteral("\n") + tr("(Email: %1)").arg(emailProblem)),
        options, 0, false, &ok);
    if (!ok)
        return;
    const ActivationMethod method =
        choice == options.first() ? ActivationMethod::Now : ActivationMethod::Email;
    auto issued = issuer.value()->reissue(keyId, method);
    if (!issued) {
        report(tr("Re-issue Activation"), issued.error());
        return;
    }
    report({}, {});
    if (method == ActivationMethod::Email) {
        m_services.sendOutboxNow();
        m_ui->noticeLabel->setText(tr("A new activation email to %1 is in the outbox.").arg(m_user.email));
        return;
    }
    auto* dialog = new ActivateNowDialog(m_services, m_user, issued.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ActivateNowDialog::stateChanged, this, [this] { report({}, {}); });
    dialog->open();
}

void SecurityKeysTab::suspend()
{
    const qint64 id = selectedKeyId();
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Suspend Key"), tr("Why? (optional; recorded in the audit log)"),
                              QLineEdit::Normal, {}, &ok);
    if (ok)
        report(tr("Suspend Key"),
               m_services.core().keyChanges().suspend(m_services.actor(), id, reason).error());
}

void SecurityKeysTab::resume()
{
    report(tr("Resume Key"),
           m_services.core().keyChanges().resume(m_services.actor(), selectedKeyId()).error());
}

void SecurityKeysTab::revoke()
{
    const qint64 id = selectedKeyId();
    // The reason is required: OK stays disabled until there is one, so the dialog never closes
    // on an empty answer.
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("revokeReasonDialog"));
    ask.setWindowTitle(tr("Revoke Key"));
    ask.setLabelText(
        tr("Revoking is permanent: the key can never sign in again. Why is it revoked? (required)"));
    ask.setInputMode(QInputDialog::TextInput);
    ask.setOkButtonText(tr("Revoke"));
    const auto requireReason = [&ask](const QString& text) {
        if (auto* buttons = ask.findChild<QDialogButtonBox*>())
            buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    };
    connect(&ask, &QInputDialog::textValueChanged, &ask, requireReason);
    requireReason({});
    if (ask.exec() != QDialog::Accepted)
        return;
    report(tr("Revoke Key"),
           m_services.core().keyChanges().revoke(m_services.actor(), id, ask.textValue()).error());
}

void SecurityKeysTab::remove()
{
    const qint64 id = selectedKeyId();
    if (MessageBox::question(this, tr("Delete Key"),
                             tr("Delete this key? Its activation link and code stop working.")) !=
        QMessageBox::Yes)
        return;
    report(tr("Delete Key"), m_services.core().keyChanges().remove(m_services.actor(), id).error());
}

void SecurityKeysTab::lostPhone()
{
    const QString title = tr("Lost Phone");
    QList<SecurityKeyRow> keys;
    for (int i = 0; i < m_model->rowCount(); ++i)
        keys << *m_model->row(i);
    LostPhoneDialog ask(m_user, keys, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    const LostPhoneRequest request = ask.request();
    auto issuer = m_services.issuer();
    if (!issuer) {
        report(title, issuer.error());
        return;
    }
    auto opened = issuer.value()->lostPhone(m_user, request);
    if (!opened) {
        report(title, opened.error());
        return;
    }
    report({}, {});
    const QString count = QString::number(opened->withdrawnKeys.size());
    const QString cancelled = QString::number(opened->cancelledKeys.size());
    QString notice = request.withdrawal == LostPhoneWithdrawal::Suspend
                         ? tr("Lost phone, case %1: keys suspended: %2; waiting links revoked: %3.")
                               .arg(opened->caseId, count, cancelled)
                         : tr("Lost phone, case %1: keys revoked: %2; waiting links revoked: %3.")
                               .arg(opened->caseId, count, cancelled);
    if (request.replacement == ActivationMethod::Email) {
        m_services.sendOutboxNow();
        notice += u' ' + tr("The replacement's activation email to %1 is in the outbox.").arg(m_user.email);
    }
    m_ui->noticeLabel->setText(notice);
    if (request.replacement == ActivationMethod::Now && opened->replacement) {
        auto* dialog = new ActivateNowDialog(m_services, m_user, *opened->replacement, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ActivateNowDialog::stateChanged, this, [this] { report({}, {}); });
        dialog->open();
    }
}

void SecurityKeysTab::phoneFound()
{
    if (!m_undoableCase)
        return;
    const QString title = tr("Phone Found");
    if (MessageBox::question(
            this, title,
            tr("Undo lost-phone case %1? The keys it suspended resume, and its replacement is "
               "revoked unless it was activated already.")
                .arg(*m_undoableCase)) != QMessageBox::Yes)
        return;
    auto issuer = m_services.issuer();
    if (!issuer) {
        report(title, issuer.error());
        return;
    }
    const QString caseId = *m_undoableCase;
    auto found = issuer.value()->phoneFound(m_user, caseId);
    if (!found) {
        report(title, found.error());
        return;
    }
    report({}, {});
    QString notice =
        tr("Case %1 undone: keys resumed: %2.").arg(caseId, QString::number(found->resumedKeys.size()));
    if (found->revokedReplacement)
        notice += u' ' + tr("The replacement was revoked.");
    else if (found->replacementKept)
        notice += u' ' + tr("The replacement was activated already and stays.");
    m_ui->noticeLabel->setText(notice);
}

} // namespace keydesk::gui
