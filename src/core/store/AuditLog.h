// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "Database.h"
#include "base/Clock.h"
#include "core/Actor.h"
#include "core/domain/AuditEvent.h"

#include <QList>

#include <utility>

namespace keydesk {

// The append-only audit log. Repositories append inside the transaction of the change they
// record, so an event exists exactly when its change does.
class AuditLog
{
public:
    AuditLog(Database& db, const Clock& clock, Actor actor)
        : m_db(db), m_clock(clock), m_actor(std::move(actor))
    {}

    Status append(const QString& action, const QString& targetType, qint64 targetId,
                  const QString& targetLabel, const QJsonObject& details = {});

    struct Entry
    {
        QString action;
        QString targetType;
        qint64 targetId = 0;
        QString targetLabel;
        QJsonObject details;
    };
    // Many events in few statements, for bulk changes (import).
    Status appendMany(const QList<Entry>& entries);
    // Events of a change a service made for `actor` (the operator it was called for).
    Status appendAs(const Actor& actor, const QList<Entry>& entries);
    // The same with each event's details given as JSON text (ignoring Entry::details), for bulk
    // writers with fixed, plain fields: building 100,000 QJsonDocuments is a measurable share of
    // a workflow run. The table checks the text is JSON.
    Status appendMany(const QList<Entry>& entries, const QStringList& detailsTexts);

    Result<qint64> count(const AuditQuery& query);
    // Newest first.
    Result<QList<AuditEvent>> page(const AuditQuery& query, qint64 offset, int limit);
    Result<QStringList> distinctActors();
    Result<QStringList> distinctActions();

    const Actor& actor() const { return m_actor; }

    // While it lives, events appended without a named actor name `actor`: a service call made
    // for an operator wraps its repository writes in one, so their events say who acted.
    class ActingAs
    {
    public:
        ActingAs(AuditLog& log, Actor actor)
            : m_log(log), m_previous(std::exchange(log.m_actor, std::move(actor)))
        {}
        ~ActingAs() { m_log.m_actor = std::move(m_previous); }
        ActingAs(const ActingAs&) = delete;
        ActingAs& operator=(const ActingAs&) = delete;

    private:
        AuditLog& m_log;
        Actor m_previous;
    };

private:
    Result<QStringList> distinct(const char* column);
    Status insert(const Actor& actor, const QList<Entry>& entries, const QStringList& detailsTexts);

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
};

} // namespace keydesk
