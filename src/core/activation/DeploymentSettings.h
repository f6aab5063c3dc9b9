#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace keydesk {

class Store;

// The database settings an operator may change with `keydesk-cli settings set`: where phones
// reach the server, the relying party, and activation lifetimes. Each value is checked before
// it is written; an empty value means "the default".
struct DeploymentSetting
{
    QString key;
    QString description;
    QString defaultText;
};
const QList<DeploymentSetting>& deploymentSettings();

inline constexpr char kWorkflowIntervalKey[] = "workflows.interval_minutes";
// How often enabled workflows run while a console or `serve` is running (default 15 minutes).
Result<int> workflowIntervalMinutes(Store& store);

// Checks `value` for `key` against the others as they are stored, then writes it (audited).
Status setDeploymentSetting(Store& store, const QString& key, const QString& value);

} // namespace keydesk
