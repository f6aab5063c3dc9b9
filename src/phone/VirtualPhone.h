// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "CredentialWallet.h"
#include "PhoneClient.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace keydesk::phone {

// What the virtual phone did with a link, code or QR image, as the phone's screen reports it.
struct PhoneOutcome
{
    enum class Kind
    {
        Activation,
        Verification,
        SignIn,
        Unrecognised, // not a KeyDesk link, or no code found
    };
    Kind kind = Kind::Unrecognised;
    bool ok = false;
    QString message; // for people: "Activated — …" or the server's reason
    ServerReply reply;
    QUrl link;
};

// The virtual phone of the offline demo, without a screen: a software authenticator, its passkeys
// in a wallet file, and the enrollment API client. It recognises KeyDesk's links as a phone app
// would — ".../a/<token>" activates (registration), ".../v/<id>" verifies (assertion) — and can
// misbehave on purpose (tamper) to show what the relying party catches. The window and the
// headless command line are thin layers on it.
class VirtualPhone : public QObject
{
    Q_OBJECT

public:
    explicit VirtualPhone(CredentialWallet wallet, QObject* parent = nullptr);

    CredentialWallet& wallet() { return m_wallet; }
    PhoneClient& client() { return m_client; }

    authenticator::Tamper tamper() const { return m_tamper; }
    void setTamper(authenticator::Tamper tamper) { m_tamper = tamper; }
    // New passkeys act as synced ones (BE and BS set), like a cloud passkey provider.
    void setSyncedPasskeys(bool synced) { m_synced = synced; }

    // Activation, verification or an operator's sign-in, by the link's path.
    void open(const QUrl& link, std::function<void(PhoneOutcome)> done);
    // Reads the image for a KeyDesk QR code and opens it.
    void scan(const QImage& image, std::function<void(PhoneOutcome)> done);
    // "Work or School": email + code at the server `base`, then the activation.
    void enterCode(const QUrl& base, const QString& email, const QString& code,
                   std::function<void(PhoneOutcome)> done);

    // The first KeyDesk link among QR texts (a screen may show other codes too).
    static std::optional<QUrl> keydeskLink(const QStringList& texts);

Q_SIGNALS:
    void walletChanged();

private:
    CredentialWallet m_wallet;
    authenticator::SoftwareAuthenticator m_authenticator;
    PhoneClient m_client{m_authenticator};
    authenticator::Tamper m_tamper = authenticator::Tamper::None;
    bool m_synced = false;
};

} // namespace keydesk::phone
