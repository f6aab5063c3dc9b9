// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "LdapSync.h"

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QSet>

namespace {

struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(LdapSync)
};

// Active Directory's userAccountControl bit for a disabled account (ACCOUNTDISABLE).
constexpr qint64 kAccountDisabled = 0x2;

bool allDigits(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

} // namespace

namespace keydesk::directory {

QString ldapPasswordFromEnvironment()
{
    return qEnvironmentVariable("KEYDESK_LDAP_PASSWORD");
}

QString normaliseDn(const QString& dn)
{
    // Splits at unescaped commas; each RDN's "name=value" trimmed around '=' and lowered.
    QStringList rdns;
    QString current;
    bool escaped = false;
    for (QChar c : dn) {
        if (escaped) {
            current += c;
            escaped = false;
        } else if (c == u'\\') {
            current += c;
            escaped = true;
        } else if (c == u',') {
            rdns << current;
            current.clear();
        } else {
            current += c;
        }
    }
    rdns << current;
    for (QString& rdn : rdns) {
        const qsizetype eq = rdn.indexOf(u'=');
        rdn = eq < 0 ? rdn.trimmed().toLower()
                     : rdn.left(eq).trimmed().toLower() + u'=' + rdn.mid(eq + 1).trimmed().toLower();
    }
    return rdns.join(u',');
}

QString guidText(const QByteArray& bytes)
{
    if (bytes.size() != 16)
        return QString::fromLatin1(bytes.toHex());
    QByteArray ordered;
    for (int i : {3, 2, 1, 0, 5, 4, 7, 6})
        ordered += bytes[i];
    ordered += bytes.mid(8);
    const QString hex = QString::fromLatin1(ordered.toHex());
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-' +
           hex.mid(20);
}

QString escapeFilterValue(const QString& value)
{
    QString out;
    for (QChar c : value) {
        switch (c.unicode()) {
        case u'*':
            out += QStringLiteral("\\2a");
            break;
        case u'(':
            out += QStringLiteral("\\28");
            break;
        case u')':
            out += QStringLiteral("\\29");
            break;
        case u'\\':
            out += QStringLiteral("\\5c");
            break;
        case 0:
            out += QStringLiteral("\\00");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString inChainMemberFilter(const QString& userFilter, const QString& groupDn)
{
    return QStringLiteral("(&%1(memberOf:1.2.840.113556.1.4.1941:=%2))")
        .arg(userFilter, escapeFilterValue(groupDn));
}

QString laterMark(const QString& a, const QString& b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    if (allDigits(a) && allDigits(b))
        return a.size() != b.size() ? (a.size() > b.size() ? a : b) : std::max(a, b);
    return std::max(a, b);
}

QString LdapReader::entryId(const LdapEntry& entry) const
{
    const QList<QByteArray> values = entry.attributes.value(m_config.idAttribute.toLower());
    if (values.isEmpty())
        return {};
    if (m_config.idAttribute.compare(QLatin1String("objectGUID"), Qt::CaseInsensitive) == 0)
        return guidText(values.constFirst());
    return QString::fromUtf8(values.constFirst());
}

QString LdapReader::counted(const LdapEntry& entry, DirectorySnapshot& snapshot) const
{
    ++snapshot.entriesRead;
    snapshot.watermark = laterMark(snapshot.watermark, entry.text(m_config.changeAttribute.toLower()));
    const QString id = entryId(entry);
    if (id.isEmpty())
        snapshot.errors.append({entry.dn, Text::tr("the entry has no %1, which the sync follows it by")
                                              .arg(m_config.idAttribute)
                                              .message()});
    return id;
}

QString LdapReader::changedSince(const QString& filter, const QString& watermark) const
{
    // A uSN is given once, so the next change has a higher one; modifyTimestamp counts seconds,
    // and a change in the watermark's second may have come after the last read.
    // OpenLDAP's entryCSN is unique to each change, so only later ones are asked for: "not at
    // or before" (LDAP filters have no ">").
    bool number = false;
    const qulonglong usn = allDigits(watermark) ? watermark.toULongLong(&number) : 0;
    if (number)
        return QStringLiteral("(&%1(%2>=%3))")
            .arg(filter, m_config.changeAttribute, QString::number(usn + 1));
    if (m_config.changeAttribute.compare(QLatin1String("entryCSN"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("(&%1(!(%2<=%3)))")
            .arg(filter, m_config.changeAttribute, escapeFilterValue(watermark));
    return QStringLiteral("(&%1(%2>=%3))")
        .arg(filter, m_config.changeAttribute, escapeFilterValue(watermark));
}

Status LdapReader::searchAll(const QString& filter, const QStringList& attributes,
                             const std::function<void(const LdapEntry&)>& onEntry)
{
    for (const QString& base : m_config.baseDns) {
        if (Status s = m_connection.search(base, filter, attributes, m_config.pageSize,
                                           [&](const LdapEntry& entry) {
                                               onEntry(entry);
                                               return true;
                                           });
            !s)
            return s;
    }
    return {};
}

Status LdapReader::readUsers(const QString& filter, DirectorySnapshot& snapshot, QHash<QString, QString>& dns)
{
    QStringList attributes{m_config.idAttribute, m_config.changeAttribute, QStringLiteral("cn")};
    for (const QString* name : {&m_config.displayNameAttribute, &m_config.mailAttribute,
                                &m_config.upnAttribute, &m_config.departmentAttribute}) {
        if (!name->isEmpty())
            attributes << *name;
    }
    const bool activeDirectory = m_config.flavour == LdapFlavour::ActiveDirectory;
    if (activeDirectory)
        attributes << QStringLiteral("userAccountControl");
    // An attribute not mapped gives a null text (KeyDesk's value stays); one mapped but absent
    // from the entry, an empty one (the field is cleared).
    const auto value = [](const LdapEntry& entry, const QString& name) {
        if (name.isEmpty())
            return QString();
        const QString text = entry.text(name.toLower()).trimmed();
        return text.isNull() ? QStringLiteral("") : text;
    };
    return searchAll(filter, attributes, [&](const LdapEntry& entry) {
        const QString id = counted(entry, snapshot);
        if (id.isEmpty())
            return;
        DirectoryUserEntry user;
        user.externalId = id;
        user.dn = normaliseDn(entry.dn);
        user.fields.displayName = value(entry, m_config.displayNameAttribute);
        if (user.fields.displayName.isEmpty())
            user.fields.displayName = entry.text(QStringLiteral("cn")).trimmed();
        user.fields.email = value(entry, m_config.mailAttribute);
        user.fields.upn = value(entry, m_config.upnAttribute);
        user.fields.department = value(entry, m_config.departmentAttribute);
        if (activeDirectory)
            user.enabled =
                (entry.text(QStringLiteral("useraccountcontrol")).toLongLong() & kAccountDisabled) == 0;
        dns.insert(user.dn, id);
        snapshot.users.append(user);
    });
}

Status LdapReader::readGroups(const QString& filter, bool withMembers, DirectorySnapshot& snapshot,
                              QList<GroupEntry>& groups)
{
    QStringList attributes{m_config.idAttribute, m_config.changeAttribute, m_config.groupNameAttribute};
    if (withMembers)
        attributes << QStringLiteral("member");
    return searchAll(filter, attributes, [&](const LdapEntry& entry) {
        const QString id = counted(entry, snapshot);
        if (id.isEmpty())
            return;
        GroupEntry group;
        group.dn = entry.dn;
        group.entry.externalId = id;
        group.entry.dn = normaliseDn(entry.dn);
        group.entry.name = entry.text(m_config.groupNameAttribute.toLower()).trimmed();
        for (const QByteArray& member : entry.attributes.value(QStringLiteral("member")))
            group.memberDns << normaliseDn(QString::fromUtf8(member));
        groups.append(group);
    });
}

Status LdapReader::resolveMembers(QList<GroupEntry>& groups, const QHash<QString, QString>& userDns)
{
    if (m_config.nested == NestedGroups::InChain) {
        // Active Directory walks the nesting itself, one search per group.
        for (GroupEntry& group : groups) {
            if (Status s =
                    searchAll(inChainMemberFilter(m_config.userFilter, group.dn), {m_config.idAttribute},
                              [&](const LdapEntry& entry) {
                                  if (const QString id = entryId(entry); !id.isEmpty())
                                      group.entry.memberIds << id;
                              });
                !s)
                return s;
        }
        return {};
    }
    // Walking: a group's users are its own user members and those of the groups in it; a cycle
    // (A in B in A) ends where a group is met again.
    QHash<QString, qsizetype> groupAt;
    for (qsizetype i = 0; i < groups.size(); ++i)
        groupAt.insert(groups[i].entry.dn, i);
    QHash<qsizetype, QSet<QString>> resolved;
    const std::function<QSet<QString>(qsizetype, QSet<qsizetype>&)> usersOf =
        [&](qsizetype at, QSet<qsizetype>& path) -> QSet<QString> {
        if (const auto done = resolved.constFind(at); done != resolved.constEnd())
            return done.value();
        path.insert(at);
        QSet<QString> users;
        for (const QString& dn : std::as_const(groups[at].memberDns)) {
            if (const auto user = userDns.constFind(dn); user != userDns.constEnd()) {
                users.insert(user.value());
            } else if (const auto nested = groupAt.constFind(dn); nested != groupAt.constEnd()) {
                if (!path.contains(nested.value()))
                    users.unite(usersOf(nested.value(), path));
            }
        }
        path.remove(at);
        // Memoised only outside a cycle, where the answer cannot depend on the path.
        if (path.isEmpty())
            resolved.insert(at, users);
        return users;
    };
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QSet<qsizetype> path;
        const QSet<QString> users = usersOf(i, path);
        groups[i].entry.memberIds = QStringList(users.begin(), users.end());
    }
    return {};
}

Result<DirectorySnapshot> LdapReader::read(SyncMode mode, const QString& watermark, const KnownDns& knownDns)
{
    using R = Result<DirectorySnapshot>;
    DirectorySnapshot snapshot;
    snapshot.mode = mode;
    const bool full = mode == SyncMode::Full;
    QHash<QString, QString> userDns;
    if (Status s = readUsers(full ? m_config.userFilter : changedSince(m_config.userFilter, watermark),
                             snapshot, userDns);
        !s)
        return R::failure(s.cause());

    QList<GroupEntry> groups;
    const bool walk = m_config.nested == NestedGroups::Walk;
    if (full) {
        if (Status s = readGroups(m_config.groupFilter, walk, snapshot, groups); !s)
            return R::failure(s.cause());
    } else {
        QList<GroupEntry> changed;
        if (Status s = readGroups(changedSince(m_config.groupFilter, watermark), false, snapshot, changed);
            !s)
            return R::failure(s.cause());
        if (!changed.isEmpty()) {
            DirectorySnapshot again; // its counts are not this run's: the groups were counted above
            if (Status s = readGroups(m_config.groupFilter, walk, again, groups); !s)
                return R::failure(s.cause());
            auto known = knownDns();
            if (!known)
                return R::failure(known.cause());
            known.value().insert(userDns); // the users just read, where they are now
            userDns = std::move(known).value();
        }
    }
    snapshot.allGroups = full || !groups.isEmpty();
    if (Status s = resolveMembers(groups, userDns); !s)
        return R::failure(s.cause());
    for (const GroupEntry& group : std::as_const(groups))
        snapshot.groups.append(group.entry);
    snapshot.watermark = laterMark(watermark, snapshot.watermark);
    return snapshot;
}

namespace {

Result<std::unique_ptr<LdapConnection>> connect(const LdapSourceConfig& config, const QString& password)
{
    using R = Result<std::unique_ptr<LdapConnection>>;
    if (Status s = config.check(); !s)
        return R::failure(s.cause());
    if (password.isEmpty())
        return R::failure(
            Text::tr("no bind password for %1: set KEYDESK_LDAP_PASSWORD, or keep it in the keychain "
                     "(the console's Directory page, Bind Password…)")
                .arg(config.bindDn));
    LdapEndpoint endpoint;
    endpoint.url = config.url;
    endpoint.startTls = config.startTls;
    endpoint.caFile = config.caFile;
    endpoint.timeoutSeconds = config.timeoutSeconds;
    auto connection = LdapConnection::open(endpoint);
    if (!connection)
        return connection;
    if (Status s = connection.value()->bind(config.bindDn, password); !s)
        return R::failure(s.cause());
    return connection;
}

} // namespace

Result<DirectorySyncReport> runLdapSync(Store& store, const Actor& by, const DirectorySource& source,
                                        SyncMode mode, bool dryRun, const QString& password)
{
    using R = Result<DirectorySyncReport>;
    if (source.kind != DirectoryKind::Ldap)
        return R::failure(
            Text::tr("%1 is a SCIM source: the identity provider sends its changes").arg(source.name));
    for (Permission needed : {Permission::EditUsers, Permission::EditGroups, Permission::HandleKeys}) {
        if (Status allowed = by.check(needed); !allowed)
            return R::failure(allowed.cause());
    }
    if (mode == SyncMode::Incremental && source.watermark.isEmpty())
        mode = SyncMode::Full;
    const qint64 startedAtMs = store.clock().nowMs();
    const auto failed = [&](const Error& why) -> R {
        if (auto recorded = DirectorySync(store).recordFailure(by, source, mode, dryRun, startedAtMs, why);
            !recorded)
            return R::failure(recorded.cause());
        return R::failure(why);
    };

    const auto knownDns = [&]() -> Result<QHash<QString, QString>> {
        auto users = store.directory().usersOf(source.id);
        if (!users)
            return Result<QHash<QString, QString>>::failure(users.cause());
        QHash<QString, QString> dns;
        for (const auto& u : users.value()) {
            if (!u.dn.isEmpty())
                dns.insert(u.dn, u.user.externalId);
        }
        return dns;
    };
    auto connection = connect(source.ldap, password);
    if (!connection)
        return failed(connection.cause());
    LdapReader reader(*connection.value(), source.ldap);
    auto snapshot = reader.read(mode, source.watermark, knownDns);
    if (!snapshot)
        return failed(snapshot.cause());
    snapshot.value().startedAtMs = startedAtMs;
    return DirectorySync(store).apply(by, source, snapshot.value(), dryRun);
}

Result<LdapSourceCheck> testLdapSource(const LdapSourceConfig& config, const QString& password)
{
    using R = Result<LdapSourceCheck>;
    auto connection = connect(config, password);
    if (!connection)
        return R::failure(connection.cause());
    LdapSourceCheck check;
    for (const auto& [filter, count] :
         {std::pair{&config.userFilter, &check.users}, std::pair{&config.groupFilter, &check.groups}}) {
        for (const QString& base : config.baseDns) {
            if (Status s = connection.value()->search(base, *filter, {QStringLiteral("1.1")}, config.pageSize,
                                                      [&](const LdapEntry&) {
                                                          ++*count;
                                                          return true;
                                                      });
                !s)
                return R::failure(s.cause());
        }
    }
    return check;
}

} // namespace keydesk::directory
