// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "TextTemplate.h"

#include <QRegularExpression>

namespace keydesk {

QString fillTemplate(const QString& text, const QHash<QString, QString>& values)
{
    static const QRegularExpression field(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = field.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const auto value = values.constFind(m.captured(1));
        out += value == values.constEnd() ? m.captured(0) : *value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace keydesk
