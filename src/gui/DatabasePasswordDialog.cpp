// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DatabasePasswordDialog.h"

#include "SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace keydesk::gui {

namespace {

// A keychain that does not answer (no Secret Service running) must not hold the console up.
constexpr int kKeychainWaitMs = 5000;

QString keptPassword(const QString& key)
{
    SecretStore secrets; // its job goes with it if the wait runs out first
    QEventLoop wait;
    QString kept;
    secrets.read(key, [&](bool ok, const QString& password, const QString&) {
        if (ok)
            kept = password;
        wait.quit();
    });
    QTimer::singleShot(kKeychainWaitMs, &wait, &QEventLoop::quit);
    wait.exec();
    return kept;
}

} // namespace

DatabasePasswordDialog::DatabasePasswordDialog(const QString& url, const QString& problem, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Database password"));
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    auto* question = new QLabel(tr("The database server asks for a password to open\n%1").arg(url), this);
    question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(question);
    auto* why = new QLabel(problem, this);
    why->setObjectName(QStringLiteral("databasePasswordProblemLabel"));
    why->setWordWrap(true);
    layout->addWidget(why);
    auto* form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("databasePasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("&Remember in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberDatabasePasswordCheckBox"));
    m_remember->setChecked(true);
    layout->addWidget(m_remember);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    QPushButton* open = buttons->button(QDialogButtonBox::Open);
    open->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, open,
            [open](const QString& text) { open->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString DatabasePasswordDialog::password() const
{
    return m_password->text();
}

bool DatabasePasswordDialog::remember() const
{
    return m_remember->isChecked();
}

Result<std::unique_ptr<Core>> openAskingForPassword(const QString& path, const Core::Options& options,
                                                    QWidget* parent,
                                                    std::function<void(const QString&)> keychainProblem)
{
    auto opened = Core::open(path, options);
    const QString url = Core::serverDatabaseName(path);
    if (opened || url.isEmpty())
        return opened;
    const QString key = SecretStore::keyForDatabase(url);
    bool triedOne = false;
    if (const QString kept = keptPassword(key); !kept.isEmpty()) {
        Core::giveDatabasePassword(url, kept);
        triedOne = true;
        opened = Core::open(path, options);
    }
    // Asked only when a password is what is missing, or the one given was refused.
    if (!opened && !triedOne && !Core::serverWantsPassword(url))
        return opened;
    for (int asked = 0; !opened && asked < 3; ++asked) {
        DatabasePasswordDialog dialog(url, opened.error(), parent);
        if (dialog.exec() != QDialog::Accepted)
            break;
        Core::giveDatabasePassword(url, dialog.password());
        opened = Core::open(path, options);
        if (opened && dialog.remember()) {
            auto* secrets = new SecretStore(parent);
            secrets->write(key, dialog.password(), [secrets, keychainProblem](bool ok, const QString& error) {
                if (!ok && keychainProblem)
                    keychainProblem(error);
                secrets->deleteLater();
            });
        }
    }
    if (!opened)
        Core::forgetDatabasePassword(url);
    return opened;
}

} // namespace keydesk::gui
