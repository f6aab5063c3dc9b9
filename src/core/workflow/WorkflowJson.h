// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/domain/Workflow.h"

#include <QJsonObject>

namespace keydesk {

// Workflows and their runs as JSON, the same for `keydesk-cli --json` and the admin API, and
// read back from an answer (what the JSON leaves out stays default; a run's error comes back as
// its sentence).
QJsonObject workflowJson(const Workflow& workflow);
QJsonObject workflowRunJson(const WorkflowRun& run);
Workflow workflowFromJson(const QJsonObject& json);
WorkflowRun workflowRunFromJson(const QJsonObject& json);

} // namespace keydesk
