// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "SmtpSettings.h"

#include "core/ServiceCall.h"

#include "core/domain/EmailAddress.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSettings)
};

// Refusals, said in the reader's language when they are read.
struct Refusal
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(SmtpSettings)
};

} // namespace

namespace keydesk::net {

QString smtpSecurityName(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::None:
        return QStringLiteral("none");
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::ImplicitTls:
        return QStringLiteral("tls");
    }
    return {};
}

std::optional<SmtpSecurity> smtpSecurityFromName(const QString& name)
{
    for (SmtpSecurity s : {SmtpSecurity::None, SmtpSecurity::StartTls, SmtpSecurity::ImplicitTls}) {
        if (smtpSecurityName(s) == name)
            return s;
    }
    return std::nullopt;
}

Error SmtpSettings::validate() const
{
    if (host.trimmed().isEmpty())
        return Refusal::tr("the SMTP host is empty");
    if (port == 0)
        return Refusal::tr("the SMTP port must be 1 to 65535");
    if (!EmailAddress::isValid(identity.from.address))
        return Refusal::tr("the sender address \"%1\" is not an email address").arg(identity.from.address);
    if (timeoutMs < 1000 || timeoutMs > 600'000)
        return Refusal::tr("the SMTP timeout must be 1 to 600 seconds");
    if (const QStringList languages = activationEmailLanguages(); !languages.contains(identity.language))
        return Refusal::tr("the email language \"%1\" is not one of %2")
            .arg(identity.language, languages.join(QStringLiteral(", ")));
    if (!username.isEmpty() && password.isEmpty())
        return Refusal::tr("a user name is set but no password (keychain or KEYDESK_SMTP_PASSWORD)");
    return {};
}

namespace {

constexpr const char* kHost = "smtp.host";
constexpr const char* kPort = "smtp.port";
constexpr const char* kSecurity = "smtp.security";
constexpr const char* kUsername = "smtp.username";
constexpr const char* kFrom = "smtp.from";
constexpr const char* kFromName = "smtp.from_name";
constexpr const char* kOrganisation = "smtp.organisation";
constexpr const char* kCaFile = "smtp.ca_file";
constexpr const char* kTimeout = "smtp.timeout_seconds";
constexpr const char* kLanguage = "mail.language";

} // namespace

Result<SmtpSettings> loadSmtpSettings(Store& store, const QString& password)
{
    using R = Result<SmtpSettings>;
    QHash<QString, QString> v;
    for (const char* key : {kHost, kPort, kSecurity, kUsername, kFrom, kFromName, kOrganisation, kCaFile,
                            kTimeout, kLanguage}) {
        auto value = store.setting(QString::fromLatin1(key));
        if (!value)
            return R::failure(value.cause());
        v.insert(QString::fromLatin1(key), value.value());
    }
    const auto get = [&v](const char* key) {
        return v.value(QString::fromLatin1(key));
    };
    SmtpSettings s;
    s.host = get(kHost);
    if (!get(kPort).isEmpty()) {
        bool ok = false;
        const uint port = get(kPort).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return R::failure(
                Refusal::tr("setting %1: \"%2\" is not a port number").arg(QLatin1String(kPort), get(kPort)));
        s.port = quint16(port);
    }
    if (!get(kSecurity).isEmpty()) {
        const auto security = smtpSecurityFromName(get(kSecurity));
        if (!security)
            return R::failure(Refusal::tr("setting %1: \"%2\" must be none, starttls or tls")
                                  .arg(QLatin1String(kSecurity), get(kSecurity)));
        s.security = *security;
    }
    if (!get(kTimeout).isEmpty()) {
        bool ok = false;
        const int seconds = get(kTimeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600)
            return R::failure(Refusal::tr("setting %1: \"%2\" must be 1 to 600 seconds")
                                  .arg(QLatin1String(kTimeout), get(kTimeout)));
        s.timeoutMs = seconds * 1000;
    }
    s.username = get(kUsername);
    s.password = password;
    s.caCertificatesPath = get(kCaFile);
    s.identity.from = MailAddress{get(kFrom), get(kFromName)};
    s.identity.organisation = get(kOrganisation);
    if (!get(kLanguage).isEmpty())
        s.identity.language = get(kLanguage);
    return s;
}

Status saveSmtpSettings(Store& store, const Actor& by, const SmtpSettings& settings)
{
    SmtpSettings check = settings;
    if (check.password.isEmpty())
        check.password = Text::tr("(kept elsewhere)");
    if (Error problem = check.validate(); !problem.isEmpty())
        return Status::failure(problem);
    const QList<std::pair<const char*, QString>> values{
        {kHost, settings.host.trimmed()},
        {kPort, QString::number(settings.port)},
        {kSecurity, smtpSecurityName(settings.security)},
        {kUsername, settings.username},
        {kFrom, settings.identity.from.address},
        {kFromName, settings.identity.from.name},
        {kOrganisation, settings.identity.organisation},
        {kCaFile, settings.caCertificatesPath},
        {kTimeout, QString::number(settings.timeoutMs / 1000)},
        {kLanguage, settings.identity.language},
    };
    return serviceCall(store, by, Permission::ManageSettings, [&]() -> Status {
        for (const auto& [key, value] : values) {
            if (Status s = store.setSetting(QString::fromLatin1(key), value); !s)
                return s;
        }
        return {};
    });
}

} // namespace keydesk::net
