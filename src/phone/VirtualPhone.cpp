// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "VirtualPhone.h"

#include "QrScanner.h"

namespace keydesk::phone {

namespace {

// "a", "v" or "s": the second-to-last path segment of a KeyDesk link.
QString linkKind(const QUrl& link)
{
    const QStringList parts = link.path().split(u'/', Qt::SkipEmptyParts);
    return parts.size() >= 2 ? parts.at(parts.size() - 2) : QString();
}

} // namespace

VirtualPhone::VirtualPhone(CredentialWallet wallet, QObject* parent)
    : QObject(parent), m_wallet(std::move(wallet))
{}

std::optional<QUrl> VirtualPhone::keydeskLink(const QStringList& texts)
{
    for (const QString& text : texts) {
        const QUrl url(text, QUrl::StrictMode);
        const QString kind = linkKind(url);
        if (url.isValid() &&
            (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
            (kind == QLatin1String("a") || kind == QLatin1String("v") || kind == QLatin1String("s")))
            return url;
    }
    return std::nullopt;
}

void VirtualPhone::open(const QUrl& link, std::function<void(PhoneOutcome)> done)
{
    const QString kind = linkKind(link);
    if (kind == QLatin1String("a")) {
        ActivationChoices choices;
        choices.tamper = m_tamper;
        choices.backupEligible = m_synced;
        m_client.activate(link, choices, [this, link, done](PhoneActivation result) {
            PhoneOutcome outcome;
            outcome.kind = PhoneOutcome::Kind::Activation;
            outcome.link = link;
            outcome.reply = result.reply;
            outcome.ok = result.reply.ok() && result.credential.has_value();
            if (outcome.ok) {
                if (Status saved = m_wallet.put(*result.credential); !saved) {
                    outcome.ok = false;
                    outcome.message =
                        tr("Activated, but the passkey could not be saved: %1").arg(saved.error());
                } else {
                    outcome.message = tr("Activated — this phone is now a security key for %1.")
                                          .arg(result.credential->rpId);
                }
                Q_EMIT walletChanged();
            } else {
                outcome.message = result.reply.message();
            }
            done(outcome);
        });
        return;
    }
    if (kind == QLatin1String("v")) {
        m_client.verify(link, m_wallet, m_tamper, [this, link, done](PhoneVerification result) {
            PhoneOutcome outcome;
            outcome.kind = PhoneOutcome::Kind::Verification;
            outcome.link = link;
            outcome.reply = result.reply;
            outcome.ok = result.reply.ok();
            outcome.message =
                outcome.ok ? tr("Verified — the helpdesk sees every check passed.") : result.reply.message();
            Q_EMIT walletChanged(); // the counter moved
            done(outcome);
        });
        return;
    }
    if (kind == QLatin1String("s")) {
        m_client.signIn(link, m_wallet, m_tamper, [this, link, done](PhoneVerification result) {
            PhoneOutcome outcome;
            outcome.kind = PhoneOutcome::Kind::SignIn;
            outcome.link = link;
            outcome.reply = result.reply;
            outcome.ok = result.reply.ok();
            outcome.message = outcome.ok ? tr("Signed in — the desk continues.") : result.reply.message();
            Q_EMIT walletChanged(); // the counter moved
            done(outcome);
        });
        return;
    }
    PhoneOutcome outcome;
    outcome.link = link;
    outcome.message =
        tr("%1 is not a KeyDesk activation, verification or sign-in link.").arg(link.toString());
    done(outcome);
}

void VirtualPhone::scan(const QImage& image, std::function<void(PhoneOutcome)> done)
{
    const QStringList texts = scanQrCodes(image);
    const auto link = keydeskLink(texts);
    if (!link) {
        PhoneOutcome outcome;
        outcome.message = texts.isEmpty() ? tr("No QR code found.")
                                          : tr("The QR code is not a KeyDesk link: %1").arg(texts.first());
        done(outcome);
        return;
    }
    open(*link, std::move(done));
}

void VirtualPhone::enterCode(const QUrl& base, const QString& email, const QString& code,
                             std::function<void(PhoneOutcome)> done)
{
    m_client.lookup(base, email, code, [this, done](ServerReply reply) {
        const QUrl link(reply.body.value(QStringLiteral("link")).toString());
        if (!reply.ok() || !link.isValid()) {
            PhoneOutcome outcome;
            outcome.kind = PhoneOutcome::Kind::Activation;
            outcome.reply = reply;
            outcome.message = reply.message();
            done(outcome);
            return;
        }
        open(link, done);
    });
}

} // namespace keydesk::phone
