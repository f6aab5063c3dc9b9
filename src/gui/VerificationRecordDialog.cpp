// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "VerificationRecordDialog.h"

#include "KeyServices.h"
#include "ReceiptExport.h"
#include "VerdictTable.h"
#include "core/Core.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace keydesk::gui {

namespace {

// Refusals, said in the reader's language when they are read.
struct Refusal
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(VerificationRecordDialog)
};

} // namespace

VerificationRecordDialog::VerificationRecordDialog(KeyServices& services, User user, SecurityKey key,
                                                   Verification verification, QWidget* parent)
    : QDialog(parent), m_services(services), m_user(std::move(user)), m_key(std::move(key)),
      m_verification(std::move(verification))
{
    setWindowTitle(tr("Verification %1 — %2").arg(m_verification.id).arg(m_user.displayName));
    const VerificationState state = m_verification.state(m_services.core().clock().nowMs());
    auto* header = new QLabel(
        tr("<b>%1 &lt;%2&gt;</b> · key #%3 %4<br>%5 · %6 · started by %7")
            .arg(m_user.displayName.toHtmlEscaped(), m_user.email.toHtmlEscaped())
            .arg(m_key.id)
            .arg(m_services.names().describe(m_key.aaguid).toHtmlEscaped(),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(
                                        m_verification.completedAtMs.value_or(m_verification.createdAtMs)),
                                    QLocale::LongFormat),
                 verificationStateDisplayName(state), m_verification.startedBy.toHtmlEscaped()),
        this);
    header->setObjectName(QStringLiteral("recordHeader"));
    header->setWordWrap(true);
    auto* verdict = new VerdictTable(this);
    verdict->setObjectName(QStringLiteral("verdictTable"));
    verdict->setVerdict(m_verification.verdict);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export Receipt…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportReceiptButton"));
    // A verification that never got an answer has no verdict to put on a receipt.
    exportButton->setEnabled(state == VerificationState::Verified || state == VerificationState::Failed);
    connect(exportButton, &QPushButton::clicked, this, &VerificationRecordDialog::saveReceipt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(verdict, 1);
    layout->addWidget(buttons);
    resize(720, 520);
}

Result<VerificationRecordDialog*> VerificationRecordDialog::load(KeyServices& services, qint64 id,
                                                                 QWidget* parent)
{
    using R = Result<VerificationRecordDialog*>;
    auto verification = services.core().verifications().findById(id);
    if (!verification)
        return R::failure(verification.cause());
    if (!verification.value())
        return R::failure(Refusal::tr("Verification %1 no longer exists.").arg(id));
    auto key = services.core().keys().findById(verification.value()->keyId);
    if (!key)
        return R::failure(key.cause());
    if (!key.value())
        return R::failure(Refusal::tr("The key of verification %1 was deleted.").arg(id));
    auto user = services.core().users().findById(key.value()->key.userId);
    if (!user)
        return R::failure(user.cause());
    if (!user.value())
        return R::failure(Refusal::tr("The user of verification %1 was deleted.").arg(id));
    return new VerificationRecordDialog(services, *user.value(), key.value()->key, *verification.value(),
                                        parent);
}

QString VerificationRecordDialog::receiptHtml() const
{
    auto html = verificationReceiptFor(m_services, m_user, m_key, m_verification);
    return html ? html.value() : QString();
}

Status VerificationRecordDialog::exportReceipt(const QString& path) const
{
    auto html = verificationReceiptFor(m_services, m_user, m_key, m_verification);
    return html ? gui::exportReceipt(html.value(), path) : Status::failure(html.cause());
}

void VerificationRecordDialog::saveReceipt()
{
    gui::saveReceipt(this, verificationReceiptFor(m_services, m_user, m_key, m_verification),
                     m_verification.id);
}

} // namespace keydesk::gui
