// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// The enrollment server over real HTTP on loopback, with the software authenticator as the
// phone: the activation ceremony end to end, and every way a request can be refused.
#include "EnrollmentHarness.h"
#include "core/activation/AuthenticatorNames.h"
#include "core/activation/DeploymentSettings.h"
#include "core/activation/KeyPolicy.h"
#include "core/keys/KeyLifecycle.h"
#include "core/users/GroupService.h"

#include "i18n/PhoneLanguage.h"
#include "i18n/Translations.h"
#include "net/SelfSignedCertificate.h"
#include "unit/webauthn/CertificateFactory.h"
#include "webauthn/AuthenticationVerifier.h"
#include "webauthn/Base64Url.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QScopeGuard>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QTranslator>
#include <QUuid>

using namespace keydesk;
using namespace keydesk::test;

class TestEnrollmentServer : public QObject
{
    Q_OBJECT

private:
    static QString pathOf(const QString& link) { return QUrl(link).path(); }
    static QString tokenOf(const QString& link) { return pathOf(link).section(u'/', -1); }
    static QString api(const QString& link, const char* step)
    {
        return QStringLiteral("/api/v1/activations/%1/%2").arg(tokenOf(link), QLatin1String(step));
    }

    // One request with exactly these headers (QNetworkAccessManager adds an Accept-Language of
    // its own); returns the whole response, headers and body.
    static QByteArray bareRequest(EnrollmentHarness& h, const QByteArray& method, const QString& path,
                                  const QByteArray& acceptLanguage, const QByteArray& body = {})
    {
        QTcpSocket socket;
        QByteArray response;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { response += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, h.server->port());
        if (!waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }))
            return {};
        QByteArray request =
            method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
        if (!acceptLanguage.isNull())
            request += "Accept-Language: " + acceptLanguage + "\r\n";
        if (!body.isEmpty())
            request +=
                "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                "\r\n";
        socket.write(request + "\r\n" + body);
        // Complete once the headers and Content-Length bytes of body are in (the server may keep the
        // connection open).
        const auto complete = [&] {
            const qsizetype end = response.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            const QByteArray head = response.left(end).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qsizetype length =
                at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            return response.size() >= end + 4 + length;
        };
        waitUntil(complete);
        return response;
    }

    // The request is refused with `status` and `code`, and the rows are as they were.
    void expectRefusal(EnrollmentHarness& h, const std::function<phone::ServerReply()>& send, int status,
                       const QString& code)
    {
        const QString before = h.rows();
        const phone::ServerReply reply = send();
        QCOMPARE(reply.httpStatus, status);
        QCOMPARE(reply.body.value(QStringLiteral("error")).toString(), code);
        QVERIFY(!reply.body.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(h.rows(), before);
    }

private Q_SLOTS:
    void activatesWithTheSoftwareAuthenticator()
    {
        EnrollmentHarness h;
        const User ada = h.addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        const IssuedLink issued = h.assign(ada);
        QVERIFY(issued.link.startsWith(h.server->listeningUrl() + QStringLiteral("/a/")));
        QCOMPARE(h.server->config().rpId, QStringLiteral("localhost"));

        const phone::PhoneActivation result = h.activate(issued.link);
        QVERIFY2(result.reply.ok(), qPrintable(result.reply.message()));
        QCOMPARE(result.reply.body.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(result.reply.body.value(QStringLiteral("authenticator")).toString(),
                 QStringLiteral("KeyDesk virtual phone"));
        QVERIFY(result.reply.body.value(QStringLiteral("verdict"))
                    .toObject()
                    .value(QStringLiteral("verified"))
                    .toBool());
        QVERIFY(result.credential);

        auto row = h.store->keys().findById(issued.key.id);
        QVERIFY(row && row.value());
        const SecurityKey& key = row.value()->key;
        QCOMPARE(key.status, KeyStatus::Active);
        QCOMPARE(key.aaguid, authenticator::SoftwareAuthenticator::aaguid());
        QCOMPARE(key.credentialId, result.credential->id);
        QCOMPARE(key.algorithm, -7);
        QVERIFY(key.userVerified);
        QCOMPARE(key.attestationFormat, QStringLiteral("none"));
        QVERIFY(key.activatedAtMs.has_value());
        QVERIFY(row.value()->latestActivation->usedAtMs.has_value());
        QCOMPARE(
            scalar(h.store->database(), QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                                       "'key.activate'")),
            1);

        // The stored public key is the phone's: an assertion by its private key verifies against it.
        authenticator::SoftwareCredential credential = *result.credential;
        authenticator::AssertionRequest assertion;
        assertion.challenge = QByteArray(32, 'c');
        assertion.rpId = QStringLiteral("localhost");
        assertion.origin = h.server->listeningUrl();
        QString error;
        const auto parts = h.authenticator.getAssertion(credential, assertion, &error);
        QVERIFY2(parts, qPrintable(error));
        webauthn::AuthenticationExpectations expected;
        expected.ceremony.challenge = assertion.challenge;
        expected.ceremony.rpId = assertion.rpId;
        expected.ceremony.origins = {assertion.origin};
        expected.credential.id = key.credentialId;
        expected.credential.publicKeyCose = key.publicKeyCose;
        const webauthn::Verdict verdict = webauthn::verifyAuthentication(parts->toJson(), expected);
        QVERIFY2(verdict.verified(), qPrintable(verdict.failureDetail()));
    }

    // The deployment's key policy at activation: a synced passkey is refused when keys must be
    // device-bound, a blocked authenticator is refused, each with a message for the phone's user
    // and the named check in the verdict; a device-bound or allowed one activates.
    void theKeyPolicyIsEnforcedAtActivation()
    {
        EnrollmentHarness h;
        const Actor admin = h.store.core().actor();
        QVERIFY(setDeploymentSetting(*h.store, admin, QString::fromLatin1(kPolicyDeviceBoundKey),
                                     QStringLiteral("true")));
        const User ada = h.addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        const IssuedLink synced = h.assign(ada);
        phone::ActivationChoices passkey;
        passkey.backupEligible = true;
        const phone::PhoneActivation refused = h.activate(synced.link, passkey);
        QCOMPARE(refused.reply.httpStatus, 400);
        QCOMPARE(refused.reply.body.value(QStringLiteral("error")).toString(),
                 QStringLiteral("policy-refused"));
        QCOMPARE(refused.reply.message(),
                 QStringLiteral(
                     "This security key is not allowed here: a synced passkey (backup eligible, BE) "
                     "is refused: this deployment takes device-bound keys only. Ask your helpdesk which "
                     "kind to use."));
        QCOMPARE(refused.reply.body.value(QStringLiteral("verdict"))
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toString(),
                 QStringLiteral("authenticatorPolicy"));
        QCOMPARE(h.store.core().keys().findById(synced.key.id).value()->key.status, KeyStatus::Pending);
        // The same link, with a device-bound key: activated.
        const phone::PhoneActivation bound = h.activate(synced.link);
        QVERIFY2(bound.reply.ok(), qPrintable(bound.reply.message()));

        // A block-list naming the phone's authenticator refuses it.
        const QString aaguid =
            QUuid::fromRfc4122(authenticator::SoftwareAuthenticator::aaguid()).toString(QUuid::WithoutBraces);
        QVERIFY(
            setDeploymentSettings(*h.store, admin,
                                  {{QString::fromLatin1(kPolicyAuthenticatorsKey), QStringLiteral("block")},
                                   {QString::fromLatin1(kPolicyAaguidsKey), aaguid}},
                                  nullptr));
        const User bob = h.addUser(QStringLiteral("Bob Ng"), QStringLiteral("bob@example.com"));
        const IssuedLink blocked = h.assign(bob);
        const phone::PhoneActivation no = h.activate(blocked.link);
        QCOMPARE(no.reply.body.value(QStringLiteral("error")).toString(), QStringLiteral("policy-refused"));
        QCOMPARE(no.reply.message(),
                 QStringLiteral("This security key is not allowed here: authenticator %1 is "
                                "blocked by this deployment. Ask your helpdesk which kind to use.")
                     .arg(aaguid));
        // Allowed by name: it activates.
        QVERIFY(setDeploymentSetting(*h.store, admin, QString::fromLatin1(kPolicyAuthenticatorsKey),
                                     QStringLiteral("allow")));
        QVERIFY(h.activate(blocked.link).reply.ok());

        // A policy that would refuse every phone, or names no AAGUID, is refused when set.
        QVERIFY(setDeploymentSetting(*h.store, admin, QString::fromLatin1(kPolicyAaguidsKey), QString())
                    .error() ==
                QStringLiteral("setting policy.authenticators: an allow-list needs at least one AAGUID in "
                               "policy.aaguids"));
        QCOMPARE(
            setDeploymentSetting(*h.store, admin, QString::fromLatin1(kPolicyAaguidsKey),
                                 QStringLiteral("not-a-uuid"))
                .error(),
            QStringLiteral("setting policy.aaguids: \"not-a-uuid\" is not an AAGUID (8-4-4-4-12 hexadecimal "
                           "digits)"));
        QCOMPARE(h.store->setting(QString::fromLatin1(kPolicyAaguidsKey)).value(), aaguid);
    }

    // A group's policy of trusted attestation only: its members' phones are asked for attestation
    // whatever their key settings, and one whose attestation proves nothing (the virtual phone's
    // self attestation) is refused by the policy check, with the reason on the phone; others are
    // not asked and activate. A hardware key's batch certificate counts once its vendor's root is
    // an anchor — added while the server runs.
    void trustedAttestationOnlyTakesKeysOfTrustedVendorsOnly()
    {
        EnrollmentHarness h;
        const Actor admin = h.store.core().actor();
        auto root = net::makeSelfSignedCertificate(QStringLiteral("attestation-root.example"));
        QVERIFY(root);
        QVERIFY(setDeploymentSetting(*h.store, admin, QStringLiteral("attestation.trust_anchors"),
                                     QString::fromLatin1(root->certificatePem)));
        auto contractors = h.store.core().groups().create(admin, QStringLiteral("Contractors"));
        QVERIFY(contractors);
        webauthn::AuthenticatorPolicy trusted;
        trusted.trustedAttestationOnly = true;
        QVERIFY(h.store.core().groups().setKeyPolicy(admin, contractors->id, trusted));
        const User ada = h.addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        const User bob = h.addUser(QStringLiteral("Bob Ng"), QStringLiteral("bob@example.com"));
        QVERIFY(h.store.core().users().joinGroup(admin, contractors->id, ada.id));

        const IssuedLink adaLink = h.assign(ada); // key settings: attestation none
        const phone::ServerReply options = h.post(api(adaLink.link, "options"), "{}");
        QVERIFY(options.ok());
        QCOMPARE(options.body.value(QStringLiteral("attestation")).toString(), QStringLiteral("direct"));
        const phone::PhoneActivation refused = h.activate(adaLink.link);
        QCOMPARE(refused.reply.httpStatus, 400);
        QCOMPARE(refused.reply.body.value(QStringLiteral("error")).toString(),
                 QStringLiteral("policy-refused"));
        QCOMPARE(
            refused.reply.message(),
            QStringLiteral("This security key is not allowed here: the key sent no attestation that can be "
                           "trusted: this deployment takes only keys with a trusted attestation. Ask your "
                           "helpdesk which kind to use."));
        const QJsonObject verdict = refused.reply.body.value(QStringLiteral("verdict")).toObject();
        QCOMPARE(verdict.value(QStringLiteral("error")).toString(), QStringLiteral("authenticatorPolicy"));
        QCOMPARE(h.store.core().keys().findById(adaLink.key.id).value()->key.status, KeyStatus::Pending);

        const IssuedLink bobLink = h.assign(bob);
        const phone::ServerReply bobOptions = h.post(api(bobLink.link, "options"), "{}");
        QCOMPARE(bobOptions.body.value(QStringLiteral("attestation")).toString(), QStringLiteral("none"));
        const phone::PhoneActivation activated = h.activate(bobLink.link);
        QVERIFY2(activated.reply.ok(), qPrintable(activated.reply.message()));

        // A hardware key with a batch certificate under a vendor root: refused while that root is
        // not an anchor; taken once it is, by the running server, and recorded as trusted.
        CertificateSpec rootSpec;
        rootSpec.subject = QStringLiteral("C=AA,O=Key Vendor,CN=Key Vendor Attestation Root");
        rootSpec.ca = true;
        const IssuedCertificate vendorRoot = issueCertificate(rootSpec, nullptr);
        CertificateSpec batchSpec;
        batchSpec.aaguidExtension = authenticator::SoftwareAuthenticator::aaguid();
        const IssuedCertificate batchCertificate = issueCertificate(batchSpec, &vendorRoot);
        phone::ActivationChoices hardware;
        hardware.batch =
            authenticator::BatchAttestation{-7, batchCertificate.privateKeyDer(), {batchCertificate.der()}};
        const phone::PhoneActivation untrusted = h.activate(adaLink.link, hardware);
        QCOMPARE(
            untrusted.reply.message(),
            QStringLiteral("This security key is not allowed here: the key's attestation does not chain to "
                           "a trusted root: this deployment takes only keys with a trusted attestation. Ask "
                           "your helpdesk which kind to use."));
        QVERIFY(setDeploymentSetting(*h.store, admin, QStringLiteral("attestation.trust_anchors"),
                                     QString::fromLatin1(root->certificatePem + vendorRoot.pem())));
        const phone::PhoneActivation trustedKey = h.activate(adaLink.link, hardware);
        QVERIFY2(trustedKey.reply.ok(), qPrintable(trustedKey.reply.message()));
        const auto adaKey = h.store.core().keys().findById(adaLink.key.id);
        QCOMPARE(adaKey.value()->key.status, KeyStatus::Active);
        QCOMPARE(adaKey.value()->key.attestationFormat, QStringLiteral("packed"));
        QCOMPARE(adaKey.value()->key.attestationType, QStringLiteral("basic"));
        QCOMPARE(adaKey.value()->key.attestationTrust, QStringLiteral("trusted"));
    }

    // A group's own policy binds its members only, on top of the deployment's; two groups' policies
    // together are the strictest of both.
    void aGroupsKeyPolicyBindsItsMembers()
    {
        EnrollmentHarness h;
        const Actor admin = h.store.core().actor();
        const QByteArray phone = authenticator::SoftwareAuthenticator::aaguid();
        const QByteArray other = QUuid(QStringLiteral("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4")).toRfc4122();
        GroupService groups = h.store.core().groups();
        auto finance = groups.create(admin, QStringLiteral("Finance"));
        auto field = groups.create(admin, QStringLiteral("Field staff"));
        QVERIFY(finance && field);
        webauthn::AuthenticatorPolicy blockPhone;
        blockPhone.list = webauthn::AuthenticatorPolicy::List::Block;
        blockPhone.aaguids = {phone};
        QVERIFY(groups.setKeyPolicy(admin, finance->id, blockPhone));
        const User ada = h.addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        const User bob = h.addUser(QStringLiteral("Bob Ng"), QStringLiteral("bob@example.com"));
        QVERIFY(h.store.core().users().joinGroup(admin, finance->id, ada.id));

        const IssuedLink adaLink = h.assign(ada);
        const phone::PhoneActivation refused = h.activate(adaLink.link);
        QCOMPARE(refused.reply.body.value(QStringLiteral("error")).toString(),
                 QStringLiteral("policy-refused"));
        QCOMPARE(refused.reply.message(),
                 QStringLiteral("This security key is not allowed here: authenticator %1 is blocked by this "
                                "deployment. Ask your helpdesk which kind to use.")
                     .arg(formatAaguid(phone)));
        // Bob is in no group with a policy: the same phone activates.
        QVERIFY(h.activate(h.assign(bob).link).reply.ok());

        // Field staff allow the phone and another; Finance blocks the phone: a member of both is
        // allowed only the other.
        webauthn::AuthenticatorPolicy allowBoth;
        allowBoth.list = webauthn::AuthenticatorPolicy::List::Allow;
        allowBoth.aaguids = {phone, other};
        QVERIFY(groups.setKeyPolicy(admin, field->id, allowBoth));
        QVERIFY(h.store.core().users().joinGroup(admin, field->id, ada.id));
        auto strictest = keyPolicyForUser(*h.store, ada.id);
        QVERIFY(strictest && strictest.value());
        QCOMPARE(strictest.value()->list, webauthn::AuthenticatorPolicy::List::Allow);
        QCOMPARE(strictest.value()->aaguids, QList<QByteArray>{other});
        const phone::PhoneActivation notAllowed = h.activate(adaLink.link);
        QCOMPARE(notAllowed.reply.message(),
                 QStringLiteral("This security key is not allowed here: authenticator %1 is not one this "
                                "deployment allows. Ask your helpdesk which kind to use.")
                     .arg(formatAaguid(phone)));
        // Finance's policy removed: the allow-list lets the phone in.
        QVERIFY(groups.setKeyPolicy(admin, finance->id, std::nullopt));
        QVERIFY2(h.activate(adaLink.link).reply.ok(), qPrintable(h.activate(adaLink.link).reply.message()));
    }

    void optionsFollowTheKeySettings()
    {
        EnrollmentHarness h;
        const User ada = h.addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        KeySettings settings;
        settings.requireUserVerification = false;
        settings.attestation = AttestationPolicy::Record;
        const IssuedLink issued = h.assign(ada, ActivationMethod::Now, settings);
        const phone::ServerReply options = h.post(api(issued.link, "options"), "{}");
        QVERIFY(options.ok());
        const QJsonObject o = options.body;
        QCOMPARE(o.value(QStringLiteral("rp")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("localhost"));
        QCOMPARE(o.value(QStringLiteral("user")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("ada@example.com"));
        QCOMPARE(webauthn::fromBase64Url(o.value(QStringLiteral("challenge")).toString())->size(), 32);
        QCOMPARE(o.value(QStringLiteral("attestation")).toString(), QStringLiteral("direct"));
        QCOMPARE(o.value(QStringLiteral("authenticatorSelection"))
                     .toObject()
                     .value(QStringLiteral("userVerification"))
                     .toString(),
                 QStringLiteral("preferred"));
        QCOMPARE(o.value(QStringLiteral("pubKeyCredParams"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("alg"))
                     .toInt(),
                 -7);
        // A second key of the same user excludes the first one's credential and keeps the handle.
        QVERIFY(h.activate(issued.link).reply.ok());
        const IssuedLink second = h.assign(ada);
        const phone::ServerReply again = h.post(api(second.link, "options"), "{}");
        QCOMPARE(again.body.value(QStringLiteral("excludeCredentials")).toArray().size(), 1);
        QCOMPARE(again.body.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")),
                 o.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")));
    }

    void refusesDeadLinks()
    {
        EnrollmentHarness h;
        const User ada = h.addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        const User bob = h.addUser(QStringLiteral("Bob Page"), QStringLiteral("bob@example.com"));

        // Unknown: well-formed and not.
        const QString unknown = QStringLiteral("/api/v1/activations/%1/options").arg(QString(43, u'A'));
        expectRefusal(
            h, [&] { return h.post(unknown, "{}"); }, 404, QStringLiteral("unknown-link"));
        expectRefusal(
            h, [&] { return h.post(QStringLiteral("/api/v1/activations/short/options"), "{}"); }, 404,
            QStringLiteral("unknown-link"));

        // Used: once activated, neither options nor a second completion work.
        const IssuedLink used = h.assign(ada);
        QVERIFY(h.activate(used.link).reply.ok());
        expectRefusal(
            h, [&] { return h.post(api(used.link, "options"), "{}"); }, 409, QStringLiteral("used"));
        expectRefusal(
            h, [&] { return h.activate(used.link).reply; }, 409, QStringLiteral("used"));

        // Superseded by a re-issue.
        const IssuedLink old = h.assign(bob);
        auto reissued = h.enrollment->reissue(old.key.id, ActivationMethod::Now);
        QVERIFY(reissued);
        expectRefusal(
            h, [&] { return h.post(api(old.link, "options"), "{}"); }, 410, QStringLiteral("superseded"));

        // Expired: 15 minutes for Activate Now.
        h.store.clock().advance(15 * 60 * 1000 + 1);
        expectRefusal(
            h, [&] { return h.post(api(reissued->link, "options"), "{}"); }, 410, QStringLiteral("expired"));

        // Withdrawn: a revoked pending key.
        const User cy = h.addUser(QStringLiteral("Cy Young"), QStringLiteral("cy@example.com"));
        const IssuedLink revoked = h.assign(cy);
        QVERIFY(KeyLifecycle(*h.store).revoke(Actor(h.store->actor()), revoked.key.id,
                                              QStringLiteral("lost phone")));
        expectRefusal(
            h, [&] { return h.post(api(revoked.link, "options"), "{}"); }, 410, QStringLiteral("withdrawn"));
    }

    void refusesBadRegistrations_data()
    {
        QTest::addColumn<QString>("defect");
        QTest::addColumn<QString>("failedCheck");
        QTest::newRow("wrong origin") << "origin"
                                      << "origin";
        QTest::newRow("wrong rp id") << "rpid"
                                     << "rpIdHash";
        QTest::newRow("wrong challenge") << "challenge"
                                         << "challenge";
        QTest::newRow("no user verification") << "uv"
                                              << "userVerified";
    }

    void refusesBadRegistrations()
    {
        QFETCH(QString, defect);
        QFETCH(QString, failedCheck);
        EnrollmentHarness h;
        const User ada = h.addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        const IssuedLink issued = h.assign(ada);
        const phone::ServerReply options = h.post(api(issued.link, "options"), "{}");
        QVERIFY(options.ok());
        authenticator::CreationRequest request;
        request.challenge =
            *webauthn::fromBase64Url(options.body.value(QStringLiteral("challenge")).toString());
        request.rpId = QStringLiteral("localhost");
        request.origin = h.server->listeningUrl();
        request.userHandle = QByteArray(32, 'u');
        request.algorithms = {-7};
        if (defect == QLatin1String("origin"))
            request.tamper = authenticator::Tamper::WrongOrigin;
        else if (defect == QLatin1String("rpid"))
            request.rpId = QStringLiteral("evil.example");
        else if (defect == QLatin1String("challenge"))
            request.challenge = QByteArray(32, 'x');
        else
            request.userVerification = false;
        QString error;
        const auto registration = h.authenticator.makeCredential(request, &error);
        QVERIFY2(registration, qPrintable(error));
        const QString before = h.rows();
        const phone::ServerReply reply = h.post(api(issued.link, "complete"), registration->parts.toJson());
        QCOMPARE(reply.httpStatus, 400);
        QCOMPARE(reply.body.value(QStringLiteral("error")).toString(), QStringLiteral("verification-failed"));
        QCOMPARE(
            reply.body.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("error")).toString(),
            failedCheck);
        QCOMPARE(h.rows(), before);
    }

    void refusesMalformedRequests()
    {
        EnrollmentHarness h;
        const User ada = h.addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        const IssuedLink issued = h.assign(ada);
        QVERIFY(h.post(api(issued.link, "options"), "{}").ok());
        const QString complete = api(issued.link, "complete");

        expectRefusal(
            h, [&] { return h.post(complete, "{\"id\": "); }, 400, QStringLiteral("malformed-response"));
        expectRefusal(
            h, [&] { return h.post(complete, "[]"); }, 400, QStringLiteral("malformed-response"));
        expectRefusal(
            h, [&] { return h.post(complete, QByteArray(70 * 1024, ' ')); }, 413,
            QStringLiteral("body-too-large"));
        expectRefusal(
            h, [&] { return h.post(complete, "{}", "text/plain"); }, 415,
            QStringLiteral("unsupported-media-type"));
        expectRefusal(
            h, [&] { return h.post(QStringLiteral("/api/v1/nothing"), "{}"); }, 404,
            QStringLiteral("not-found"));

        // Wrong methods answer 405 with Allow, as JSON (QHttpServer alone would answer an empty 404).
        const QString before = h.rows();
        for (const auto& [method, path, allow] :
             {std::tuple{QByteArray("GET"), complete, QByteArray("POST")},
              std::tuple{QByteArray("PUT"), api(issued.link, "options"), QByteArray("POST")},
              std::tuple{QByteArray("DELETE"), QStringLiteral("/healthz"), QByteArray("GET")},
              std::tuple{QByteArray("POST"), pathOf(issued.link), QByteArray("GET")}}) {
            const auto reply = h.request(method, path, "{}", "application/json");
            QCOMPARE(reply.status, 405);
            QCOMPARE(reply.header("Allow"), allow);
            QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("error")).toString(),
                     QStringLiteral("method-not-allowed"));
        }
        const auto missing = h.request("GET", QStringLiteral("/no/such/page"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(QJsonDocument::fromJson(missing.body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("not-found"));
        QCOMPARE(h.rows(), before);
    }

    void oversizedUploadIsCutOffBeforeItIsBuffered()
    {
        EnrollmentHarness h;
        QTcpSocket socket;
        QByteArray response;
        connect(&socket, &QTcpSocket::readyRead, &socket, [&] { response += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, h.server->port());
        QVERIFY(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
        // A 100 MiB body is announced; 4 MiB of it are sent before the server has had enough.
        socket.write("POST /api/v1/activations/lookup HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                     "application/json\r\n"
                     "Content-Length: 104857600\r\n\r\n");
        for (int i = 0; i < 64; ++i)
            socket.write(QByteArray(64 * 1024, 'a'));
        QVERIFY(waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }));
        QVERIFY2(response.startsWith("HTTP/1.1 413 Payload Too Large\r\n"), response.left(200).constData());
        QVERIFY(response.contains("\"error\":\"body-too-large\""));
        // The server goes on serving, and a kept-alive connection whose requests add up to far more
        // than one may hold is not cut: the count starts again with each response.
        const QByteArray body = "{\"email\": \"" + QByteArray(2000, 'e') + "\", \"code\": \"x\"}";
        for (int i = 0; i < 100; ++i)
            QCOMPARE(h.post(QStringLiteral("/api/v1/activations/lookup"), body).httpStatus, 400);
        QCOMPARE(h.request("GET", QStringLiteral("/healthz")).status, 200);
    }

    void completesOnlyOnceUnderARace()
    {
        EnrollmentHarness h;
        const User ada = h.addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        const IssuedLink issued = h.assign(ada);
        const phone::ServerReply options = h.post(api(issued.link, "options"), "{}");
        authenticator::CreationRequest request;
        request.challenge =
            *webauthn::fromBase64Url(options.body.value(QStringLiteral("challenge")).toString());
        request.rpId = QStringLiteral("localhost");
        request.origin = h.server->listeningUrl();
        request.userHandle = QByteArray(32, 'u');
        request.algorithms = {-7};
        QString error;
        const auto first = h.authenticator.makeCredential(request, &error);
        const auto second = h.authenticator.makeCredential(request, &error);
        QVERIFY(first && second);
        // Both completions are in flight at once; exactly one wins.
        std::optional<phone::ServerReply> a, b;
        h.phone.postJson(h.url(api(issued.link, "complete")), first->parts.toJson(),
                         [&](phone::ServerReply r) { a = r; });
        h.phone.postJson(h.url(api(issued.link, "complete")), second->parts.toJson(),
                         [&](phone::ServerReply r) { b = r; });
        QVERIFY(waitUntil([&] { return a && b; }));
        QCOMPARE(QList<int>({a->httpStatus, b->httpStatus}).count(200), 1);
        QCOMPARE(QList<int>({a->httpStatus, b->httpStatus}).count(409), 1);
        QCOMPARE(scalar(h.store->database(),
                        QStringLiteral("SELECT count(*) FROM security_keys WHERE status = 'active'")),
                 1);
    }

    void pageNeverConsumesTheLink()
    {
        EnrollmentHarness h;
        const User ada = h.addUser(QStringLiteral("Ada <b>Lovelace</b>"), QStringLiteral("ada@example.com"));
        const IssuedLink issued = h.assign(ada);
        const QString before = h.rows();
        const auto page = h.request("GET", pathOf(issued.link));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
        QCOMPARE(page.header("Referrer-Policy"), QByteArray("no-referrer"));
        QVERIFY(page.body.contains("\"state\":\"live\""));
        QVERIFY(page.body.contains("Ada &lt;b&gt;Lovelace&lt;/b&gt;"));             // escaped, never markup
        QVERIFY(!page.body.contains("http://") && !page.body.contains("https://")); // no external resources
        QCOMPARE(h.rows(), before);

        h.store.clock().advance(16 * 60 * 1000);
        const auto expired = h.request("GET", pathOf(issued.link));
        QVERIFY(expired.body.contains("\"state\":\"expired\""));
        QVERIFY(expired.body.contains("has expired"));
        QVERIFY(!expired.body.contains(tokenOf(issued.link).toLatin1())); // a dead token is not echoed
        const auto unknown = h.request("GET", QStringLiteral("/a/nonsense"));
        QCOMPARE(unknown.status, 200);
        QVERIFY(unknown.body.contains("\"state\":\"unknown\""));
        QCOMPARE(h.request("GET", QStringLiteral("/assets/activate.js")).status, 200);
        QCOMPARE(h.request("GET", QStringLiteral("/healthz")).status, 200);
    }

    // The phone's pages and the API's messages follow its Accept-Language; the console's own
    // text stays in the desk's language, before, during and after.
    void pagesSpeakThePhonesLanguage_data()
    {
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("noMatch");
        const QString english = QStringLiteral("Activate your security key");
        const QString englishNoMatch = QStringLiteral("No pending activation matches this email and code.");
        const QString german = QStringLiteral("Aktivieren Sie Ihren Sicherheitsschlüssel");
        const QString germanNoMatch =
            QStringLiteral("Keine ausstehende Aktivierung passt zu dieser E-Mail-Adresse und diesem Code.");
        QTest::newRow("German phone") << QByteArray("de-DE,de;q=0.9,en;q=0.8") << QStringLiteral("de")
                                      << QStringLiteral("ltr") << german << germanNoMatch;
        QTest::newRow("Persian phone")
            << QByteArray("fa-IR, fa;q=0.9") << QStringLiteral("fa") << QStringLiteral("rtl")
            << QStringLiteral("کلید امنیتی خود را فعال کنید")
            << QStringLiteral(
                   "هیچ فعال‌سازی در انتظاری با این ایمیل و کد جور "
                   "نیست.");
        QTest::newRow("by quality, not order") << QByteArray("en;q=0.5, de;q=0.9") << QStringLiteral("de")
                                               << QStringLiteral("ltr") << german << germanNoMatch;
        QTest::newRow("refused with q=0") << QByteArray("de;q=0, en") << QStringLiteral("en")
                                          << QStringLiteral("ltr") << english << englishNoMatch;
        QTest::newRow("untranslated language") << QByteArray("sw-KE, *;q=0.1") << QStringLiteral("en")
                                               << QStringLiteral("ltr") << english << englishNoMatch;
        QTest::newRow("malformed quality") << QByteArray("de;q=abc, fa;q=2") << QStringLiteral("en")
                                           << QStringLiteral("ltr") << english << englishNoMatch;
        QTest::newRow("oversized header") << QByteArray(2000, 'x') + ", de" << QStringLiteral("en")
                                          << QStringLiteral("ltr") << english << englishNoMatch;
        QTest::newRow("no header") << QByteArray() << QStringLiteral("en") << QStringLiteral("ltr") << english
                                   << englishNoMatch;
    }

    void pagesSpeakThePhonesLanguage()
    {
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QString, lang);
        QFETCH(QString, dir);
        QFETCH(QString, title);
        QFETCH(QString, noMatch);
        EnrollmentHarness h;
        const User ada = h.addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        const IssuedLink issued = h.assign(ada);
        for (const QString& path : {pathOf(issued.link), QStringLiteral("/activate")}) {
            const QByteArray page = bareRequest(h, "GET", path, acceptLanguage);
            QVERIFY2(page.startsWith("HTTP/1.1 200"), page.left(200).constData());
            QVERIFY2(page.contains(QStringLiteral("<html lang=\"%1\" dir=\"%2\">").arg(lang, dir).toUtf8()),
                     page.left(600).constData());
            QVERIFY2(page.contains(QStringLiteral("<title>%1</title>").arg(title).toUtf8()),
                     page.left(800).constData());
        }
        const QByteArray refused =
            bareRequest(h, "POST", QStringLiteral("/api/v1/activations/lookup"), acceptLanguage,
                        "{\"email\": \"ada@example.com\", \"code\": \"2222-2222\"}");
        QVERIFY2(refused.startsWith("HTTP/1.1 404"), refused.left(200).constData());
        const QByteArray json = refused.mid(refused.indexOf("\r\n\r\n") + 4);
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("message")).toString(), noMatch);
        // The scope ended with the request: the desk (English here) is unchanged.
        QCOMPARE(QCoreApplication::translate("ActivationPage", "Activate your security key"),
                 QStringLiteral("Activate your security key"));
    }

    // A German desk still answers an English phone in English, and a phone without a preference
    // in the desk's language.
    void germanDeskServesEachPhoneItsLanguage()
    {
        auto* app = QCoreApplication::instance();
        QCOMPARE(installTranslations(*app, QStringLiteral("de")), QStringLiteral("de"));
        const auto restore = qScopeGuard([app] {
            for (QTranslator* t : app->findChildren<QTranslator*>())
                QCoreApplication::removeTranslator(t);
            setDeskLanguage(QStringLiteral("en"));
            QLocale::setDefault(QLocale(QLocale::English));
        });
        EnrollmentHarness h;
        const User ada = h.addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        const QString path = pathOf(h.assign(ada).link);
        const QByteArray english = bareRequest(h, "GET", path, "en-US,en;q=0.9");
        QVERIFY(english.contains("<html lang=\"en\" dir=\"ltr\">"));
        QVERIFY(english.contains("<title>Activate your security key</title>"));
        const QByteArray unspecified = bareRequest(h, "GET", path, QByteArray());
        QVERIFY(unspecified.contains("<html lang=\"de\" dir=\"ltr\">"));
        QVERIFY(unspecified.contains(
            QStringLiteral("<title>Aktivieren Sie Ihren Sicherheitsschlüssel</title>").toUtf8()));
        // The console keeps speaking German.
        QCOMPARE(QCoreApplication::translate("ActivationPage", "Activate your security key"),
                 QStringLiteral("Aktivieren Sie Ihren Sicherheitsschlüssel"));
        QCOMPARE(QCoreApplication::translate("UsersPage", "All Users"), QStringLiteral("Alle Benutzer"));
    }

    void manualCodeLookup()
    {
        EnrollmentHarness h;
        const User ada = h.addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        const IssuedLink issued = h.assign(ada, ActivationMethod::Manual);
        QCOMPARE(issued.manualCode.size(), 9);
        QCOMPARE(issued.manualCode.at(4), u'-');

        // Typed in lower case without the dash, it still matches.
        const phone::ServerReply found =
            h.lookup(QStringLiteral("ADA@example.com"), issued.manualCode.toLower().remove(u'-'));
        QVERIFY2(found.ok(), qPrintable(found.message()));
        const QString link = found.body.value(QStringLiteral("link")).toString();
        QVERIFY(link.startsWith(h.server->listeningUrl() + QStringLiteral("/a/")));
        QVERIFY(link != issued.link);
        QVERIFY(h.activate(link).reply.ok());
        // The original link is consumed with the activation.
        expectRefusal(
            h, [&] { return h.post(api(issued.link, "options"), "{}"); }, 409, QStringLiteral("used"));
        // And the code no longer finds anything.
        expectRefusal(
            h, [&] { return h.lookup(QStringLiteral("ada@example.com"), issued.manualCode); }, 404,
            QStringLiteral("no-match"));
    }

    void wrongCodesAreRateLimited()
    {
        EnrollmentHarness h;
        const User ada = h.addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        const IssuedLink issued = h.assign(ada, ActivationMethod::Email);
        for (int i = 0; i < LookupRateLimiter::kMaxFailuresPerEmail; ++i) {
            const phone::ServerReply wrong =
                h.lookup(QStringLiteral("ada@example.com"), QStringLiteral("2222-2222"));
            QCOMPARE(wrong.httpStatus, 404);
            QCOMPARE(wrong.body.value(QStringLiteral("error")).toString(), QStringLiteral("no-match"));
        }
        // Even the right code is refused now, with the time to wait.
        const auto limited =
            h.request("POST", QStringLiteral("/api/v1/activations/lookup"),
                      QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("ada@example.com")},
                                                {QStringLiteral("code"), issued.manualCode}})
                          .toJson(),
                      "application/json");
        QCOMPARE(limited.status, 429);
        QCOMPARE(QJsonDocument::fromJson(limited.body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("rate-limited"));
        QCOMPARE(limited.header("Retry-After"), QByteArray("900"));
        QCOMPARE(scalar(h.store->database(), QStringLiteral("SELECT count(*) FROM lookup_failures")), 10);
        // The limits are in the database: a restarted server (or another instance) keeps them.
        net::ServerOptions options;
        options.port = 0;
        h.server->stop();
        QVERIFY(h.server->start(options));
        QCOMPARE(h.lookup(QStringLiteral("ada@example.com"), issued.manualCode).httpStatus, 429);
        // 15 minutes later the right code works.
        h.store.clock().advance(15 * 60 * 1000 + 1000);
        QVERIFY(h.lookup(QStringLiteral("ada@example.com"), issued.manualCode).ok());

        // 20 wrong codes from one address, spread over other emails, block that address.
        for (int i = 0; i < LookupRateLimiter::kMaxFailuresPerClient; ++i)
            QCOMPARE(
                h.lookup(QStringLiteral("user%1@example.com").arg(i), QStringLiteral("2222-2222")).httpStatus,
                404);
        QCOMPARE(h.lookup(QStringLiteral("ada@example.com"), issued.manualCode).httpStatus, 429);
    }

    // enrollment.algorithms chooses what phones are offered (and what is accepted): RS384 only
    // when listed; RS1, unknown names and repeats are refused with the setting named.
    void offeredAlgorithmsAreASetting()
    {
        EnrollmentHarness h;
        const QString key = QString::fromLatin1(EnrollmentConfig::kAlgorithmsKey);
        QCOMPARE(
            setDeploymentSetting(*h.store, h.store.core().actor(), key, QStringLiteral("ES256 RS1")).error(),
            QStringLiteral(
                "setting enrollment.algorithms: RS1 signs attestation statements only; a credential "
                "key cannot use it"));
        QCOMPARE(
            setDeploymentSetting(*h.store, h.store.core().actor(), key, QStringLiteral("ES256 XS999"))
                .error(),
            QStringLiteral("setting enrollment.algorithms: \"XS999\" is not an algorithm KeyDesk verifies "
                           "(ES256 ES384 ES512 EdDSA RS256 RS384 RS512 PS256 PS384)"));
        QCOMPARE(setDeploymentSetting(*h.store, h.store.core().actor(), key, QStringLiteral("ES256 es256"))
                     .error(),
                 QStringLiteral("setting enrollment.algorithms: es256 is named twice"));
        QCOMPARE(h.store->setting(key).value(), QString()); // nothing of the refused values was kept

        const User ada = h.addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
        const IssuedLink before = h.assign(ada);
        const phone::ServerReply defaults = h.post(api(before.link, "options"), "{}");
        QStringList offered;
        for (const QJsonValue p : defaults.body.value(QStringLiteral("pubKeyCredParams")).toArray())
            offered << webauthn::algorithmName(p.toObject().value(QStringLiteral("alg")).toInt());
        QCOMPARE(offered,
                 QStringList({QStringLiteral("ES256"), QStringLiteral("EdDSA"), QStringLiteral("ES384"),
                              QStringLiteral("ES512"), QStringLiteral("RS256"), QStringLiteral("PS256")}));

        QVERIFY(setDeploymentSetting(*h.store, h.store.core().actor(), key, QStringLiteral("RS384 ES256")));
        net::ServerOptions options;
        options.port = 0;
        h.server->stop();
        QVERIFY(h.server->start(options));
        const IssuedLink issued =
            h.assign(h.addUser(QStringLiteral("Bob"), QStringLiteral("bob@example.com")));
        // The restarted server listens on another port: the same link's path, there.
        const phone::PhoneActivation activated = h.activate(h.url(pathOf(issued.link)).toString());
        QVERIFY2(activated.reply.ok(), qPrintable(activated.reply.message()));
        QCOMPARE(h.store->keys().findById(issued.key.id).value()->key.algorithm,
                 int(webauthn::CoseAlgorithm::RS384));
    }

    // TLS 1.3, or TLS 1.2 with ECDHE and AEAD only; a key that is not the certificate's is refused;
    // a key others can read and an expired certificate are warned about.
    void tlsPolicyAndIdentityChecks()
    {
        QTemporaryDir dir;
        const auto write = [&](const char* name, const QByteArray& bytes, QFileDevice::Permissions mode) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write %s", name);
            f.close();
            QFile::setPermissions(path, mode);
            return path;
        };
        const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        auto pair = net::makeSelfSignedCertificate(QStringLiteral("localhost"));
        auto other = net::makeSelfSignedCertificate(QStringLiteral("localhost"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto expired =
            net::makeSelfSignedCertificate(QStringLiteral("localhost"), now.addDays(-30), now.addDays(-1));
        QVERIFY(pair && other && expired);
        const QString cert = write("cert.pem", pair->certificatePem, ownerOnly);
        const QString key = write("key.pem", pair->privateKeyPem, ownerOnly);
        TestStore store;
        net::ServerOptions options;
        options.port = 0;
        options.certificatePath = cert;
        options.keyPath = write("other-key.pem", other->privateKeyPem, ownerOnly);
        net::EnrollmentServer mismatched(*store, AuthenticatorNames::builtin());
        QCOMPARE(mismatched.start(options).error(),
                 QStringLiteral(
                     "the TLS key '%1' is not the key of the certificate '%2' (the first one in the file); "
                     "give the pair that belongs together")
                     .arg(options.keyPath, cert));

        options.certificatePath = write("expired.pem", expired->certificatePem, ownerOnly);
        options.keyPath = write("expired-key.pem", expired->privateKeyPem,
                                ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        net::EnrollmentServer warned(*store, AuthenticatorNames::builtin());
        QVERIFY(warned.start(options));
        QCOMPARE(warned.warnings().size(), 2);
        QCOMPARE(warned.warnings().at(0),
                 QStringLiteral(
                     "the TLS key '%1' can be read by other users of this computer; fix: chmod 600 '%1'")
                     .arg(options.keyPath));
        QVERIFY2(warned.warnings().at(1).startsWith(
                     QStringLiteral("the TLS certificate '%1' expired on ").arg(options.certificatePath)),
                 qPrintable(warned.warnings().at(1)));
        warned.stop();

        options.certificatePath = cert;
        options.keyPath = key;
        net::EnrollmentServer server(*store, AuthenticatorNames::builtin());
        QVERIFY(server.start(options));
        QVERIFY(server.warnings().isEmpty());
        const auto handshake = [&](QSsl::SslProtocol protocol, const QString& cipher) {
            QSslSocket socket;
            QSslConfiguration tls = socket.sslConfiguration();
            tls.setProtocol(protocol);
            if (!cipher.isEmpty())
                tls.setCiphers({QSslCipher(cipher)});
            tls.setCaCertificates(QSslCertificate::fromData(pair->certificatePem));
            socket.setSslConfiguration(tls);
            socket.connectToHostEncrypted(QStringLiteral("localhost"), server.port());
            const bool encrypted =
                waitUntil([&] {
                    return socket.isEncrypted() || socket.state() == QAbstractSocket::UnconnectedState;
                }) &&
                socket.isEncrypted();
            return encrypted ? socket.sessionCipher().name() : QString();
        };
        QCOMPARE(handshake(QSsl::TlsV1_3, {}), QStringLiteral("TLS_AES_128_GCM_SHA256"));
        QCOMPARE(handshake(QSsl::TlsV1_2, QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")),
                 QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256"));
        QCOMPARE(handshake(QSsl::TlsV1_2, QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305")),
                 QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305"));
        // CBC suites, and suites without forward secrecy, are not offered.
        QCOMPARE(handshake(QSsl::TlsV1_2, QStringLiteral("ECDHE-ECDSA-AES128-SHA")), QString());
        QCOMPARE(handshake(QSsl::TlsV1_2, QStringLiteral("AES128-GCM-SHA256")), QString());
    }

    void servesHttpsWithAConfiguredCertificate()
    {
        auto pair = net::makeSelfSignedCertificate(QStringLiteral("localhost"));
        QVERIFY(pair);
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("localhost.pem"));
        const QString key = dir.filePath(QStringLiteral("localhost-key.pem"));
        for (const auto& [path, bytes] :
             {std::pair{cert, pair->certificatePem}, std::pair{key, pair->privateKeyPem}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        }
        TestStore store;
        net::EnrollmentServer server(*store, AuthenticatorNames::builtin());
        net::ServerOptions options;
        options.port = 0;
        options.certificatePath = cert;
        options.keyPath = key;
        QVERIFY(server.start(options));
        QVERIFY(server.listeningUrl().startsWith(QStringLiteral("https://localhost:")));
        QCOMPARE(server.config().origins, QStringList{server.listeningUrl()});
        auto user = store->users().create(
            UserFields{QStringLiteral("Ada"), QStringLiteral("ada@example.com"), {}, {}}, UserSource::Manual);
        KeyEnrollment enrollment(*store, Actor(store->actor()), server.config(), {}, std::nullopt);
        auto issued = enrollment.assign(user.value(), {});
        QVERIFY(issued);
        QVERIFY(issued->link.startsWith(QStringLiteral("https://localhost:")));

        // A phone that trusts the certificate activates over TLS.
        authenticator::SoftwareAuthenticator authenticator;
        phone::PhoneClient phone(authenticator);
        phone.trustCertificates(QSslCertificate::fromData(pair->certificatePem));
        std::optional<phone::PhoneActivation> result;
        phone.activate(QUrl(issued->link), {}, [&](phone::PhoneActivation r) { result = r; });
        QVERIFY(waitUntil([&] { return result.has_value(); }));
        QVERIFY2(result->reply.ok(), qPrintable(result->reply.message()));

        // One that does not gets no answer at all, let alone an activation.
        phone::PhoneClient untrusting(authenticator);
        std::optional<phone::ServerReply> refused;
        untrusting.postJson(QUrl(server.listeningUrl() + QStringLiteral("/healthz")), "{}",
                            [&](phone::ServerReply r) { refused = r; });
        QVERIFY(waitUntil([&] { return refused.has_value(); }));
        QCOMPARE(refused->httpStatus, 0);

        // Files that are not what they should be are refused with the reason.
        net::EnrollmentServer other(*store, AuthenticatorNames::builtin());
        options.keyPath = cert;
        QCOMPARE(other.start(options).error(),
                 QStringLiteral("'%1' holds no PEM EC or RSA private key").arg(cert));
    }

    void lookupRejectsBadBodies()
    {
        EnrollmentHarness h;
        for (const QByteArray& body :
             {QByteArray("{}"), QByteArray("{\"email\": \"a@b.c\"}"),
              QByteArray("{\"email\": 1, \"code\": \"x\"}"),
              QByteArray("{\"email\": \"a@b.c\", \"code\": \"x\", \"more\": 1}"),
              QByteArray("{\"email\": \"a@b.c\", \"email\": \"d@e.f\", \"code\": \"x\"}")}) {
            const phone::ServerReply reply = h.post(QStringLiteral("/api/v1/activations/lookup"), body);
            QCOMPARE(reply.httpStatus, 400);
            QCOMPARE(reply.body.value(QStringLiteral("error")).toString(), QStringLiteral("bad-request"));
        }
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentServer)
#include "TestEnrollmentServer.moc"
