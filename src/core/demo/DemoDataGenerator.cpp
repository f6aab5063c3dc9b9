// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "DemoDataGenerator.h"

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>

#include <array>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(DemoDataGenerator)
};

} // namespace

namespace keydesk {

const QString DemoDataGenerator::kEmailDomain = QStringLiteral("northwind.example");

namespace {

constexpr std::array kFirstNames = {
    "Aisha",     "Alejandro", "Amelia", "Anders",  "Aroha",  "Ben",  "Chen",    "Chiara", "Daniel",  "Dmitri",
    "Elena",     "Emeka",     "Fatima", "Finn",    "Grace",  "Hana", "Hiroshi", "Ines",   "Isaac",   "Jamal",
    "Jana",      "Javier",    "Julia",  "Kai",     "Kavya",  "Lars", "Leila",   "Liam",   "Lucia",   "Malik",
    "Maria",     "Mateo",     "Mei",    "Mohamed", "Nadia",  "Noah", "Olga",    "Omar",   "Priya",   "Rafael",
    "Rania",     "Ravi",      "Rosa",   "Samuel",  "Sara",   "Sean", "Sofia",   "Tariq",  "Thabo",   "Tomasz",
    "Valentina", "Wei",       "Yara",   "Yusuf",   "Zanele", "Zoe",  "Élodie",  "Jürgen", "Siobhán", "Nguyen",
};

constexpr std::array kLastNames = {
    "Abara",    "Andersen", "Bauer",  "Becker",  "Brown",    "Castillo", "Chen",    "Costa",    "Dubois",
    "Eriksson", "Fischer",  "Garcia", "Gupta",   "Haddad",   "Hansen",   "Ito",     "Jensen",   "Kaur",
    "Kim",      "Kowalski", "Larsen", "Lee",     "Lopez",    "Martin",   "Moreau",  "Müller",   "Nakamura",
    "Nielsen",  "Novak",    "Nowak",  "Okafor",  "Olsen",    "Patel",    "Pereira", "Petrov",   "Rossi",
    "Santos",   "Schmidt",  "Silva",  "Singh",   "Smith",    "Tanaka",   "Taylor",  "Tremblay", "Van Dijk",
    "Wagner",   "Walker",   "Wang",   "Weber",   "Williams", "Wilson",   "Wójcik",  "Yamamoto", "Zhang",
    "O'Brien",  "Ng",       "Mensah", "Ivanova", "Horvat",   "Ferreira",
};

struct Department
{
    const char* name;
    const char* description;
    int weight; // share of staff, in percent
};

constexpr std::array<Department, 8> kDepartments = {{
    {"Engineering", "Product engineering and IT", 24},
    {"Sales", "Field and inside sales", 18},
    {"Customer Support", "Helpdesk and customer care", 14},
    {"Operations", "Logistics and facilities", 12},
    {"Marketing", "Brand, web and events", 9},
    {"Finance", "Accounting, payroll and treasury", 9},
    {"Human Resources", "People and recruiting", 7},
    {"Legal", "Legal and compliance", 7},
}};

// Folds accents away for the address part of an email: "Müller" -> "muller", "O'Brien" -> "obrien".
QString emailWord(const QString& name)
{
    QString folded;
    for (QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            folded += c.toLower();
    }
    return folded;
}

} // namespace

Result<DemoDataSummary> DemoDataGenerator::generate(Store& store, qint64 userCount, const Progress& progress)
{
    using R = Result<DemoDataSummary>;
    if (userCount < 1 || userCount > kMaxUsers)
        return R::failure(Text::tr("the number of demo users must be between 1 and %1").arg(kMaxUsers));
    auto existing = store.users().count({});
    if (!existing)
        return R::failure(existing.cause());
    if (existing.value() > 0)
        return R::failure(Text::tr("the database already has %1 users; demo data goes into an empty database")
                              .arg(existing.value()));

    Transaction tx(store.database());
    if (!tx.status())
        return R::failure(tx.status().cause());

    // A fixed seed and fixed timestamps make every run produce the same organisation.
    QRandomGenerator random(20260101);
    const qint64 baseMs = QDateTime(QDate(2025, 1, 6), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 spreadMs = 300LL * 24 * 3600 * 1000;

    DemoDataSummary summary;
    std::array<qint64, kDepartments.size()> groupIds{};
    for (size_t d = 0; d < kDepartments.size(); ++d) {
        auto group = store.groups().create(QString::fromUtf8(kDepartments[d].name),
                                           QString::fromUtf8(kDepartments[d].description), tx,
                                           {{QStringLiteral("source"), QStringLiteral("demo")}});
        if (!group)
            return R::failure(group.cause());
        groupIds[d] = group->id;
        ++summary.groups;
    }

    QHash<QString, int> emailUses;
    emailUses.reserve(int(std::min<qint64>(userCount, 1 << 22)));
    QList<UserRepository::BulkRow> batch;
    QList<size_t> batchDepartments;
    const auto flush = [&]() -> Status {
        auto ids = store.users().insertBulk(batch, UserSource::Demo, tx);
        if (!ids)
            return Status::failure(ids.cause());
        QList<UserRepository::Membership> memberships;
        memberships.reserve(batch.size());
        for (qsizetype i = 0; i < batch.size(); ++i)
            memberships.append({groupIds[batchDepartments[i]], ids.value()[i]});
        if (Status s = store.users().addMembershipsBulk(memberships, baseMs, tx); !s)
            return s;
        batch.clear();
        batchDepartments.clear();
        return {};
    };
    for (qint64 i = 0; i < userCount; ++i) {
        const QString first = QString::fromUtf8(kFirstNames[random.bounded(int(kFirstNames.size()))]);
        const QString last = QString::fromUtf8(kLastNames[random.bounded(int(kLastNames.size()))]);
        int pick = int(random.bounded(100));
        size_t d = 0;
        while (pick >= kDepartments[d].weight) {
            pick -= kDepartments[d].weight;
            ++d;
        }
        const QString base = emailWord(first) + u'.' + emailWord(last);
        const int uses = ++emailUses[base];
        const QString local = uses == 1 ? base : base + QString::number(uses);
        const QString email = local + u'@' + kEmailDomain;
        const bool enabled = random.bounded(100) >= 4;
        const qint64 createdAt = baseMs + qint64(random.bounded(quint64(spreadMs)));

        batch.append({UserFields{first + u' ' + last, email, email, QString::fromUtf8(kDepartments[d].name)},
                      enabled, createdAt});
        batchDepartments.append(d);
        ++summary.users;
        if (!enabled)
            ++summary.disabledUsers;
        if (batch.size() == UserRepository::kInsertBatch || i + 1 == userCount) {
            if (Status s = flush(); !s)
                return R::failure(s.cause());
        }
        if (progress && (i + 1) % 100000 == 0 && i + 1 < userCount)
            progress(i + 1, userCount);
    }
    if (Status s = store.audit().append(QStringLiteral("demo.create"), QStringLiteral("database"), 0,
                                        store.database().path(),
                                        {{QStringLiteral("users"), summary.users},
                                         {QStringLiteral("disabled_users"), summary.disabledUsers},
                                         {QStringLiteral("groups"), summary.groups}});
        !s)
        return R::failure(s.cause());
    if (Status s = tx.commit(); !s)
        return R::failure(s.cause());
    if (progress)
        progress(userCount, userCount);
    return summary;
}

} // namespace keydesk
