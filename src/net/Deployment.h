// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "SmtpSettings.h"
#include "core/activation/EnrollmentConfig.h"
#include "core/domain/IssuedKey.h"
#include "core/workflow/WorkflowEngine.h"

#include <optional>

namespace keydesk {
class Store;
}

namespace keydesk::net {

// Everything a process needs from a database's settings to issue activations and run
// workflows: where links point, lifetimes, and the SMTP settings (with the password the caller
// found in the keychain or the environment).
struct Deployment
{
    EnrollmentConfig config;
    ActivationLifetimes lifetimes;
    SmtpSettings smtp;

    static Result<Deployment> load(Store& store, const QString& listeningUrl = {},
                                   const QString& smtpPassword = {});

    // The sender identity when SMTP is set up.
    std::optional<MailIdentity> mail() const;
    WorkflowRunOptions workflowOptions() const;
};

} // namespace keydesk::net
