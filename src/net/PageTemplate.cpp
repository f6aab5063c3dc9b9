// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "PageTemplate.h"

#include "core/TextTemplate.h"
#include "i18n/PhoneLanguage.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>

static void initEnrollResources()
{
    Q_INIT_RESOURCE(enroll);
}

namespace keydesk::net {

namespace {

QByteArray resource(const QString& name)
{
    initEnrollResources();
    QFile file(QStringLiteral(":/keydesk/enroll/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QByteArray renderPageTemplate(const QString& name, const QJsonObject& data, QHash<QString, QString> values)
{
    // Inside <script>, "<" must not appear: "</script>" or "<!--" would end or change the block.
    QString json = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    json.replace(QLatin1Char('<'), QLatin1String("\\u003c"));
    const QString language = phoneLanguage();
    values.insert(QStringLiteral("lang"), language);
    values.insert(QStringLiteral("dir"), QLocale(language).textDirection() == Qt::RightToLeft
                                             ? QStringLiteral("rtl")
                                             : QStringLiteral("ltr"));
    values.insert(QStringLiteral("page_data"), json);
    return fillTemplate(QString::fromUtf8(resource(name)), values).toUtf8();
}

QByteArray pageAsset(const QString& name, QByteArray* mimeType)
{
    if (name == QLatin1String("activate.js") || name == QLatin1String("verify.js") ||
        name == QLatin1String("webauthn-json.js"))
        *mimeType = "text/javascript; charset=utf-8";
    else if (name == QLatin1String("activate.css"))
        *mimeType = "text/css; charset=utf-8";
    else
        return {};
    return resource(name);
}

} // namespace keydesk::net
