// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "CliContext.h"

#include "core/AppPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keydesk::cli {

Core* CliContext::core()
{
    if (m_core)
        return m_core.get();
    Core::Options options;
    options.actor = actor;
    const QString path = databasePath.isEmpty() ? AppPaths::defaultDatabase() : databasePath;
    auto opened = Core::open(path, options);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    m_core = std::move(opened).value();
    return m_core.get();
}

int CliContext::fail(const QString& message)
{
    m_err << "keydesk-cli: " << message << '\n';
    m_err.flush();
    return ExitFailed;
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
}

} // namespace keydesk::cli
