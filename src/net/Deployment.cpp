// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "Deployment.h"

#include "core/activation/KeyEnrollment.h"
#include "core/store/Store.h"

namespace keydesk::net {

Result<Deployment> Deployment::load(Store& store, const QString& listeningUrl, const QString& smtpPassword)
{
    using R = Result<Deployment>;
    auto config = EnrollmentConfig::resolve(store, listeningUrl);
    if (!config)
        return R::failure(config.cause());
    auto lifetimes = loadActivationLifetimes(store);
    if (!lifetimes)
        return R::failure(lifetimes.cause());
    auto smtp = loadSmtpSettings(store, smtpPassword);
    if (!smtp)
        return R::failure(smtp.cause());
    return Deployment{config.value(), lifetimes.value(), smtp.value()};
}

std::optional<MailIdentity> Deployment::mail() const
{
    return smtp.isConfigured() ? std::optional(smtp.identity) : std::nullopt;
}

WorkflowRunOptions Deployment::workflowOptions() const
{
    WorkflowRunOptions options;
    options.config = config;
    options.lifetimes = lifetimes;
    options.mailLanguage = smtp.identity.language;
    options.messageIdDomain = messageIdDomain(smtp.identity);
    return options;
}

} // namespace keydesk::net
