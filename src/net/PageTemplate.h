// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace keydesk::net {

// Fills one of the enrollment server's HTML templates (resources/enroll/<name>): `values` are
// HTML-escaped by the caller; `{{lang}}`, `{{dir}}` are the phone's language (i18n/PhoneLanguage.h) and
// `{{page_data}}` is `data` as JSON that is safe inside a <script> element.
QByteArray renderPageTemplate(const QString& name, const QJsonObject& data, QHash<QString, QString> values);

// Static assets of the pages by name ("activate.js"); empty if there is no such asset.
QByteArray pageAsset(const QString& name, QByteArray* mimeType);

} // namespace keydesk::net
