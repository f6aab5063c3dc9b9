// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "EmailAddress.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(EmailAddress)
};

} // namespace

namespace keydesk {

namespace {

bool isLocalPartChar(QChar c)
{
    if (c.unicode() > 127)
        return c.isLetterOrNumber();
    static const QString specials = QStringLiteral("!#$%&'*+-/=?^_`{|}~.");
    return c.isLetterOrNumber() || specials.contains(c);
}

bool isDomainLabel(const QString& label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (QChar c : label) {
        if (!(c.isLetterOrNumber() || c == u'-'))
            return false;
    }
    return true;
}

} // namespace

Error EmailAddress::problem(const QString& address)
{
    if (address.isEmpty())
        return Text::tr("email is required");
    const QString quoted = u'\'' + address + u'\'';
    if (address.size() > 254)
        return Text::tr("email %1 is longer than 254 characters").arg(quoted);
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1 || address.count(u'@') != 1)
        return Text::tr("email %1 is not of the form name@domain").arg(quoted);
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.size() > 64)
        return Text::tr("email %1 has a name part longer than 64 characters").arg(quoted);
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QStringLiteral("..")))
        return Text::tr("email %1 has a misplaced dot").arg(quoted);
    for (QChar c : local) {
        if (!isLocalPartChar(c))
            return Text::tr("email %1 contains '%2', which is not allowed").arg(quoted, QString(c));
    }
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return Text::tr("email %1 has no dotted domain").arg(quoted);
    for (const QString& label : labels) {
        if (!isDomainLabel(label))
            return Text::tr("email %1 has an invalid domain").arg(quoted);
    }
    return {};
}

} // namespace keydesk
