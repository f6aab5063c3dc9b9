// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "RpDebuggerWidget.h"

#include "VerdictTable.h"
#include "core/Core.h"
#include "webauthn/AuthenticationVerifier.h"
#include "webauthn/Base64Url.h"
#include "webauthn/RegistrationVerifier.h"
#include "webauthn/VerdictJson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace keydesk::gui {

namespace {

constexpr int kRegistration = 0;

} // namespace

RpDebuggerWidget::RpDebuggerWidget(Core& core, const QString& rpId, const QStringList& origins,
                                   QWidget* parent)
    : QWidget(parent), m_core(core)
{
    setObjectName(QStringLiteral("RpDebuggerWidget"));
    m_ceremony = new QComboBox(this);
    m_ceremony->setObjectName(QStringLiteral("ceremonyCombo"));
    m_ceremony->addItems({tr("Registration (navigator.credentials.create)"),
                          tr("Authentication (navigator.credentials.get)")});
    m_response = new QPlainTextEdit(this);
    m_response->setObjectName(QStringLiteral("responseEdit"));
    m_response->setPlaceholderText(
        tr("Paste the RegistrationResponseJSON or AuthenticationResponseJSON here."));
    m_response->setAccessibleName(tr("Response JSON"));
    m_response->setTabChangesFocus(true); // a pasted JSON needs no Tab key; keyboard users need it to move on
    m_challenge = new QLineEdit(this);
    m_challenge->setObjectName(QStringLiteral("challengeEdit"));
    m_challenge->setPlaceholderText(tr("base64url, as issued"));
    m_rpId = new QLineEdit(rpId, this);
    m_rpId->setObjectName(QStringLiteral("rpIdEdit"));
    m_origins = new QLineEdit(origins.join(u' '), this);
    m_origins->setObjectName(QStringLiteral("originsEdit"));
    m_origins->setToolTip(tr("Allowed origins, separated by spaces."));
    m_requireUv = new QCheckBox(tr("Require user verification (UV)"), this);
    m_requireUv->setChecked(true);

    auto* expectations = new QGroupBox(tr("What the relying party expects"), this);
    auto* form = new QFormLayout(expectations);
    form->addRow(tr("&Ceremony:"), m_ceremony);
    form->addRow(tr("C&hallenge:"), m_challenge);
    form->addRow(tr("&RP ID:"), m_rpId);
    form->addRow(tr("&Origins:"), m_origins);
    form->addRow(QString(), m_requireUv);

    m_storedBox = new QGroupBox(tr("The stored credential (authentication)"), this);
    auto* stored = new QFormLayout(m_storedBox);
    m_keyId = new QSpinBox(m_storedBox);
    m_keyId->setObjectName(QStringLiteral("keyIdSpin"));
    m_keyId->setRange(1, std::numeric_limits<int>::max());
    auto* load = new QPushButton(tr("&Load Key"), m_storedBox);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyId, 1);
    keyRow->addWidget(load);
    m_credentialId = new QLineEdit(m_storedBox);
    m_credentialId->setObjectName(QStringLiteral("credentialIdEdit"));
    m_publicKey = new QLineEdit(m_storedBox);
    m_publicKey->setObjectName(QStringLiteral("publicKeyEdit"));
    m_publicKey->setPlaceholderText(tr("COSE key, base64url"));
    m_signCount = new QSpinBox(m_storedBox);
    m_signCount->setRange(0, std::numeric_limits<int>::max());
    m_backupEligible = new QCheckBox(tr("Backup eligible (BE) at registration"), m_storedBox);
    m_userHandle = new QLineEdit(m_storedBox);
    m_userHandle->setPlaceholderText(tr("optional, base64url"));
    stored->addRow(tr("Stored key id:"), keyRow);
    stored->addRow(tr("Credential &ID:"), m_credentialId);
    stored->addRow(tr("&Public key:"), m_publicKey);
    stored->addRow(tr("&Sign count:"), m_signCount);
    stored->addRow(QString(), m_backupEligible);
    stored->addRow(tr("&User handle:"), m_userHandle);

    auto* verifyButton = new QPushButton(tr("&Verify"), this);
    verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_verdict = new VerdictTable(this);
    m_verdict->setObjectName(QStringLiteral("verdictTable"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Response JSON:"), left));
    leftLayout->addWidget(m_response, 1);
    leftLayout->addWidget(expectations);
    leftLayout->addWidget(m_storedBox);
    leftLayout->addWidget(verifyButton);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_result);
    rightLayout->addWidget(m_verdict, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_ceremony, &QComboBox::currentIndexChanged, this, &RpDebuggerWidget::updateCeremony);
    connect(load, &QPushButton::clicked, this, [this] { loadStoredKey(m_keyId->value()); });
    connect(verifyButton, &QPushButton::clicked, this, &RpDebuggerWidget::verify);
    updateCeremony();
    setResult(tr("Nothing verified yet. Nothing you paste here is stored."), true);
}

void RpDebuggerWidget::updateCeremony()
{
    m_storedBox->setEnabled(m_ceremony->currentIndex() != kRegistration);
}

QString RpDebuggerWidget::resultText() const
{
    return m_result->text();
}

void RpDebuggerWidget::setResult(const QString& text, bool ok)
{
    m_result->setText(text);
    m_result->setAccessibleName(text);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #cf222e; font-weight: 600;"));
}

bool RpDebuggerWidget::loadStoredKey(qint64 keyId)
{
    auto row = m_core.keys().findById(keyId);
    if (!row || !row.value() || row.value()->key.credentialId.isEmpty()) {
        setResult(!row ? row.error() : tr("Key %1 has no credential.").arg(keyId), false);
        return false;
    }
    const SecurityKey& key = row.value()->key;
    m_ceremony->setCurrentIndex(1);
    m_keyId->setValue(int(keyId));
    m_credentialId->setText(webauthn::toBase64Url(key.credentialId));
    m_publicKey->setText(webauthn::toBase64Url(key.publicKeyCose));
    m_signCount->setValue(int(std::min<quint32>(key.signCount, quint32(std::numeric_limits<int>::max()))));
    m_backupEligible->setChecked(key.backupEligible);
    m_requireUv->setChecked(key.settings.requireUserVerification);
    auto handle = m_core.users().webAuthnHandle(key.userId);
    m_userHandle->setText(handle ? webauthn::toBase64Url(handle.value()) : QString());
    setResult(tr("Loaded key %1. Paste an authentication response for it and press Verify.").arg(keyId),
              true);
    return true;
}

QJsonObject RpDebuggerWidget::verify()
{
    const auto refuse = [this](const QString& why) {
        m_verdict->setVerdict({});
        setResult(why, false);
        return QJsonObject();
    };
    const QByteArray json = m_response->toPlainText().trimmed().toUtf8();
    if (json.isEmpty())
        return refuse(tr("Paste a response first."));
    const auto challenge = webauthn::fromBase64Url(m_challenge->text().trimmed());
    if (!challenge || challenge->isEmpty())
        return refuse(tr("Challenge: give the challenge that was issued, in base64url."));
    webauthn::CeremonyExpectations ceremony;
    ceremony.challenge = *challenge;
    ceremony.rpId = m_rpId->text().trimmed();
    ceremony.origins = m_origins->text().split(u' ', Qt::SkipEmptyParts);
    ceremony.requireUserVerification = m_requireUv->isChecked();
    if (ceremony.rpId.isEmpty() || ceremony.origins.isEmpty())
        return refuse(tr("RP ID and at least one origin are needed."));

    webauthn::Verdict verdict;
    if (m_ceremony->currentIndex() == kRegistration) {
        webauthn::RegistrationExpectations expected;
        expected.ceremony = ceremony;
        verdict = webauthn::verifyRegistration(json, expected);
    } else {
        webauthn::AuthenticationExpectations expected;
        expected.ceremony = ceremony;
        const auto id = webauthn::fromBase64Url(m_credentialId->text().trimmed());
        const auto key = webauthn::fromBase64Url(m_publicKey->text().trimmed());
        const auto handle = webauthn::fromBase64Url(m_userHandle->text().trimmed());
        if (!id || id->isEmpty() || !key || key->isEmpty())
            return refuse(tr("Credential ID and public key: load a stored key or give them in base64url."));
        if (!handle)
            return refuse(tr("User handle: base64url, or leave it empty."));
        expected.credential.id = *id;
        expected.credential.publicKeyCose = *key;
        expected.credential.signCount = quint32(m_signCount->value());
        expected.credential.backupEligible = m_backupEligible->isChecked();
        expected.credential.userHandle = *handle;
        verdict = webauthn::verifyAuthentication(json, expected);
    }
    const QJsonObject verdictJson = webauthn::verdictToJson(verdict);
    m_verdict->setVerdict(verdictJson);
    if (verdict.verified())
        setResult(tr("✔ Verified: every check passed."), true);
    else
        setResult(tr("✘ Failed at “%1”: %2")
                      .arg(VerdictTable::checkTitle(verdict.errorCode()), verdict.failureDetail()),
                  false);
    return verdictJson;
}

} // namespace keydesk::gui
