// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "EnrollmentConfig.h"

#include "webauthn/Certificates.h"
#include "webauthn/Verdict.h"

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(EnrollmentConfig)
};

} // namespace

namespace keydesk {

namespace {

// The origin (scheme://host[:port]) of an absolute http(s) URL, or an empty string.
QString originOf(const QUrl& url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

} // namespace

QString localListeningUrl(bool tls, quint16 port)
{
    return QStringLiteral("%1://localhost:%2")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(port);
}

Result<EnrollmentConfig> EnrollmentConfig::fromValues(const QString& baseUrlText, const QString& rpIdText,
                                                      const QString& rpName, const QString& originsText)
{
    using R = Result<EnrollmentConfig>;
    const QUrl url(baseUrlText.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return R::failure(Text::tr("%1: \"%2\" is not an http(s) URL like https://keys.example.com")
                              .arg(QLatin1String(kBaseUrlKey), baseUrlText));
    const QString host = url.host().toLower();
    // Browsers allow WebAuthn only in a secure context: https, or http on localhost.
    if (url.scheme() == QLatin1String("http") && host != QLatin1String("localhost") &&
        !host.endsWith(QLatin1String(".localhost")))
        return R::failure(Text::tr("%1: phones refuse passkeys on plain http except for localhost; use https "
                                   "for \"%2\"")
                              .arg(QLatin1String(kBaseUrlKey), host));
    EnrollmentConfig config;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    config.baseUrl = originOf(url) + path;
    config.rpId = rpIdText.trimmed().isEmpty() ? host : rpIdText.trimmed().toLower();
    if (host != config.rpId && !host.endsWith(QLatin1Char('.') + config.rpId))
        return R::failure(Text::tr("%1: \"%2\" must be the base URL's host \"%3\" or a parent domain of it")
                              .arg(QLatin1String(kRpIdKey), config.rpId, host));
    if (!rpName.trimmed().isEmpty())
        config.rpName = rpName.trimmed();
    config.origins = {originOf(url)};
    for (const QString& origin : originsText.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // App origins ("android:apk-key-hash:...") are taken as written.
        const bool app = origin.startsWith(QLatin1String("android:apk-key-hash:")) ||
                         origin.startsWith(QLatin1String("ios:bundle-id:"));
        if (!app && originOf(QUrl(origin, QUrl::StrictMode)) != origin)
            return R::failure(Text::tr("%1: \"%2\" is not an origin like https://keys.example.com")
                                  .arg(QLatin1String(kOriginsKey), origin));
        if (!config.origins.contains(origin))
            config.origins << origin;
    }
    return config;
}

const QList<int>& EnrollmentConfig::defaultAlgorithms()
{
    static const QList<int> algorithms = {
        int(webauthn::CoseAlgorithm::ES256), int(webauthn::CoseAlgorithm::EdDSA),
        int(webauthn::CoseAlgorithm::ES384), int(webauthn::CoseAlgorithm::ES512),
        int(webauthn::CoseAlgorithm::RS256), int(webauthn::CoseAlgorithm::PS256)};
    return algorithms;
}

Result<QList<int>> EnrollmentConfig::parseAlgorithms(const QString& text)
{
    using R = Result<QList<int>>;
    QList<int> algorithms;
    for (const QString& name : text.split(u' ', Qt::SkipEmptyParts)) {
        const std::optional<int> alg = webauthn::algorithmFromName(name);
        if (alg == int(webauthn::CoseAlgorithm::RS1))
            return R::failure(Text::tr("setting %1: RS1 signs attestation statements only; a credential key "
                                       "cannot use it")
                                  .arg(QLatin1String(kAlgorithmsKey)));
        if (!alg || !webauthn::supportedAlgorithms().contains(*alg))
            return R::failure(
                Text::tr("setting %1: \"%2\" is not an algorithm KeyDesk verifies (%3)")
                    .arg(QLatin1String(kAlgorithmsKey), name,
                         QStringLiteral("ES256 ES384 ES512 EdDSA RS256 RS384 RS512 PS256 PS384")));
        if (algorithms.contains(*alg))
            return R::failure(
                Text::tr("setting %1: %2 is named twice").arg(QLatin1String(kAlgorithmsKey), name));
        algorithms << *alg;
    }
    if (algorithms.isEmpty())
        return defaultAlgorithms();
    return algorithms;
}

Result<QList<QByteArray>> EnrollmentConfig::readTrustAnchors(Store& store)
{
    using R = Result<QList<QByteArray>>;
    auto anchors = store.setting(QString::fromLatin1(kTrustAnchorsKey));
    if (!anchors)
        return R::failure(anchors.cause());
    if (anchors->trimmed().isEmpty())
        return QList<QByteArray>();
    const QList<QByteArray> pem{anchors->toLatin1()};
    Error error;
    if (!webauthn::parseTrustAnchors(pem, &error))
        return R::failure(Text::tr("setting %1: %2").arg(QLatin1String(kTrustAnchorsKey)).arg(error));
    return pem;
}

Result<EnrollmentConfig> EnrollmentConfig::resolve(Store& store, const QString& listeningUrl)
{
    using R = Result<EnrollmentConfig>;
    QStringList values;
    for (const char* key : {kBaseUrlKey, kRpIdKey, kRpNameKey, kOriginsKey, kListeningUrlKey}) {
        auto value = store.setting(QString::fromLatin1(key));
        if (!value)
            return R::failure(value.cause());
        values << value.value();
    }
    QString baseUrl = values[0];
    if (baseUrl.isEmpty())
        baseUrl = !listeningUrl.isEmpty() ? listeningUrl
                  : !values[4].isEmpty()  ? values[4]
                                          : localListeningUrl(false, kDefaultPort);
    auto config = fromValues(baseUrl, values[1], values[2], values[3]);
    if (!config)
        return config;
    auto anchors = readTrustAnchors(store);
    if (!anchors)
        return R::failure(anchors.cause());
    config.value().trustAnchors = anchors.value();
    auto algorithmsText = store.setting(QString::fromLatin1(kAlgorithmsKey));
    if (!algorithmsText)
        return R::failure(algorithmsText.cause());
    auto algorithms = parseAlgorithms(algorithmsText.value());
    if (!algorithms)
        return R::failure(algorithms.cause());
    config.value().algorithms = algorithms.value();
    return config;
}

} // namespace keydesk
