// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "WindowsLogonDialog.h"

#include "core/Core.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace keydesk::gui {

WindowsLogonDialog::WindowsLogonDialog(Core& core, User user, const std::optional<WindowsLogon>& current,
                                       QWidget* parent)
    : QDialog(parent), m_core(core), m_user(std::move(user))
{
    setObjectName(QStringLiteral("WindowsLogonDialog"));
    setWindowTitle(tr("Windows Sign-in — %1").arg(m_user.displayName));
    auto* intro = new QLabel(tr("Windows accepts the smartphone key in one of two ways. Record which one "
                                "%1 uses.")
                                 .arg(m_user.displayName),
                             this);
    intro->setWordWrap(true);

    m_dedicated = new QRadioButton(tr("&Dedicated PC — the phone is paired with the user's own PC"), this);
    m_dedicated->setObjectName(QStringLiteral("dedicatedRadio"));
    m_pcName = new QLineEdit(this);
    m_pcName->setObjectName(QStringLiteral("pcNameEdit"));
    m_pcName->setPlaceholderText(QStringLiteral("DESK-0042"));
    m_pcName->setMaxLength(kMaxComputerName);
    m_pairedOn = new QDateEdit(QDate::currentDate(), this);
    m_pairedOn->setObjectName(QStringLiteral("pairedOnEdit"));
    m_pairedOn->setCalendarPopup(true);
    m_pairedOn->setMaximumDate(QDate::currentDate());
    auto* dedicatedForm = new QFormLayout;
    dedicatedForm->addRow(tr("Computer &name:"), m_pcName);
    dedicatedForm->addRow(tr("&Paired on:"), m_pairedOn);

    m_shared = new QRadioButton(tr("&Shared PC — users sign in through a security key reader"), this);
    m_shared->setObjectName(QStringLiteral("sharedRadio"));
    m_reader = new QLineEdit(this);
    m_reader->setObjectName(QStringLiteral("readerEdit"));
    m_reader->setPlaceholderText(tr("e.g. Reception, ground floor"));
    m_reader->setMaxLength(200);
    auto* sharedForm = new QFormLayout;
    sharedForm->addRow(tr("&Reader location:"), m_reader);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #cf222e;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_dedicated);
    layout->addLayout(dedicatedForm);
    layout->addWidget(m_shared);
    layout->addLayout(sharedForm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setMinimumWidth(520);
    const WindowsLogon shown = current.value_or(WindowsLogon{});
    (shown.mode == WindowsLogonMode::SharedPc ? m_shared : m_dedicated)->setChecked(true);
    m_pcName->setText(shown.pcName);
    if (shown.pairedAtMs > 0)
        m_pairedOn->setDate(QDateTime::fromMSecsSinceEpoch(shown.pairedAtMs).date());
    m_reader->setText(shown.readerLocation);
    connect(m_dedicated, &QRadioButton::toggled, this, &WindowsLogonDialog::updateEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &WindowsLogonDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();
}

void WindowsLogonDialog::updateEnabled()
{
    const bool dedicated = m_dedicated->isChecked();
    m_pcName->setEnabled(dedicated);
    m_pairedOn->setEnabled(dedicated);
    m_reader->setEnabled(!dedicated);
}

WindowsLogon WindowsLogonDialog::logon() const
{
    WindowsLogon logon;
    logon.mode = m_dedicated->isChecked() ? WindowsLogonMode::DedicatedPc : WindowsLogonMode::SharedPc;
    if (logon.mode == WindowsLogonMode::DedicatedPc) {
        logon.pcName = m_pcName->text();
        // Noon local time: the date reads the same in every time zone a reviewer might use.
        logon.pairedAtMs = QDateTime(m_pairedOn->date(), QTime(12, 0)).toMSecsSinceEpoch();
    } else {
        logon.readerLocation = m_reader->text();
    }
    return logon;
}

bool WindowsLogonDialog::save()
{
    auto saved = m_core.windowsLogonChanges().set(m_core.actor(), m_user, logon());
    if (!saved) {
        m_error->setText(saved.error());
        adjustSize(); // room for the reason
        return false;
    }
    accept();
    return true;
}

QString WindowsLogonDialog::errorText() const
{
    return m_error->text();
}

} // namespace keydesk::gui
