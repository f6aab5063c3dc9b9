// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The key policy's check at registration, on real ceremonies of the software authenticator: a
// synced passkey (BE set) is refused when keys must be device-bound, a blocked AAGUID and one
// not on an allow-list are refused with the exact reason, the others pass; without a policy the
// verdict has no policy check at all.
#include "authenticator/SoftwareAuthenticator.h"
#include "webauthn/RegistrationVerifier.h"

#include <QTest>
#include <QUuid>

using namespace keydesk;
using namespace keydesk::authenticator;
using namespace keydesk::webauthn;

namespace {

const QString kRp = QStringLiteral("localhost");
const QString kOrigin = QStringLiteral("http://localhost:8620");

// A registration by the software authenticator, synced (BE and BS set) or device-bound.
QByteArray registration(const QByteArray& challenge, bool synced)
{
    CreationRequest r;
    r.challenge = challenge;
    r.rpId = kRp;
    r.origin = kOrigin;
    r.userHandle = QByteArray("user-7");
    r.algorithms = {-7};
    r.backupEligible = synced;
    QString error;
    auto made = SoftwareAuthenticator().makeCredential(r, &error);
    if (!made)
        qFatal("%s", qPrintable(error));
    return made->parts.toJson();
}

Verdict verify(bool synced, std::optional<AuthenticatorPolicy> policy)
{
    const QByteArray challenge = QByteArray(32, '\x2a');
    RegistrationExpectations e;
    e.ceremony.challenge = challenge;
    e.ceremony.rpId = kRp;
    e.ceremony.origins = {kOrigin};
    e.policy = std::move(policy);
    return verifyRegistration(registration(challenge, synced), e);
}

QString softwareAaguid()
{
    return QUuid::fromRfc4122(SoftwareAuthenticator::aaguid()).toString(QUuid::WithoutBraces);
}

} // namespace

class TestAuthenticatorPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutAPolicyTheVerdictHasNoPolicyCheck()
    {
        const Verdict v = verify(true, std::nullopt);
        QVERIFY2(v.verified(), qPrintable(v.failureDetail()));
        for (const CheckResult& c : v.checks)
            QVERIFY(c.check != Check::AuthenticatorPolicy);
    }

    void aSyncedPasskeyIsRefusedWhenKeysMustBeDeviceBound()
    {
        AuthenticatorPolicy deviceBound;
        deviceBound.deviceBoundOnly = true;
        const Verdict synced = verify(true, deviceBound);
        QVERIFY(!synced.verified());
        QCOMPARE(synced.failedCheck(), Check::AuthenticatorPolicy);
        QCOMPARE(synced.errorCode(), QStringLiteral("authenticatorPolicy"));
        QCOMPARE(synced.failureDetail(),
                 QStringLiteral("a synced passkey (backup eligible, BE) is refused: this "
                                "deployment takes device-bound keys only"));
        // Every integrity check ran and passed before it.
        QVERIFY(synced.checks.size() > 10);
        for (qsizetype i = 0; i + 1 < synced.checks.size(); ++i)
            QVERIFY(synced.checks.at(i).passed);

        const Verdict bound = verify(false, deviceBound);
        QVERIFY2(bound.verified(), qPrintable(bound.failureDetail()));
        QCOMPARE(bound.checks.constLast().check, Check::AuthenticatorPolicy);
        QCOMPARE(
            bound.checks.constLast().detail.message(),
            QStringLiteral("authenticator %1 is allowed; the key is device-bound").arg(softwareAaguid()));
        // Without the rule, the synced passkey passes.
        QVERIFY(verify(true, AuthenticatorPolicy{}).verified());
    }

    void aBlockedOrUnlistedAuthenticatorIsRefused()
    {
        AuthenticatorPolicy block;
        block.list = AuthenticatorPolicy::List::Block;
        block.aaguids = {SoftwareAuthenticator::aaguid()};
        const Verdict blocked = verify(false, block);
        QCOMPARE(blocked.failedCheck(), Check::AuthenticatorPolicy);
        QCOMPARE(blocked.failureDetail(),
                 QStringLiteral("authenticator %1 is blocked by this deployment").arg(softwareAaguid()));

        const QByteArray other =
            QUuid::fromString(QStringLiteral("ee882879-721c-4913-9775-3dfcce97072a")).toRfc4122();
        block.aaguids = {other};
        QVERIFY(verify(false, block).verified());

        AuthenticatorPolicy allow;
        allow.list = AuthenticatorPolicy::List::Allow;
        allow.aaguids = {other};
        const Verdict unlisted = verify(false, allow);
        QCOMPARE(unlisted.failedCheck(), Check::AuthenticatorPolicy);
        QCOMPARE(unlisted.failureDetail(),
                 QStringLiteral("authenticator %1 is not one this deployment allows").arg(softwareAaguid()));
        allow.aaguids << SoftwareAuthenticator::aaguid();
        const Verdict listed = verify(false, allow);
        QVERIFY2(listed.verified(), qPrintable(listed.failureDetail()));
        QCOMPARE(listed.checks.constLast().detail.message(),
                 QStringLiteral("authenticator %1 is allowed").arg(softwareAaguid()));
    }
};

QTEST_GUILESS_MAIN(TestAuthenticatorPolicy)
#include "TestAuthenticatorPolicy.moc"
