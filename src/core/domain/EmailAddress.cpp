#include "EmailAddress.h"

#include <QStringList>

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

QString EmailAddress::problem(const QString& address)
{
    if (address.isEmpty())
        return QStringLiteral("email is required");
    const QString quoted = u'\'' + address + u'\'';
    if (address.size() > 254)
        return QStringLiteral("email %1 is longer than 254 characters").arg(quoted);
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1 || address.count(u'@') != 1)
        return QStringLiteral("email %1 is not of the form name@domain").arg(quoted);
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.size() > 64)
        return QStringLiteral("email %1 has a name part longer than 64 characters").arg(quoted);
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QStringLiteral("..")))
        return QStringLiteral("email %1 has a misplaced dot").arg(quoted);
    for (QChar c : local) {
        if (!isLocalPartChar(c))
            return QStringLiteral("email %1 contains '%2', which is not allowed").arg(quoted, QString(c));
    }
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return QStringLiteral("email %1 has no dotted domain").arg(quoted);
    for (const QString& label : labels) {
        if (!isDomainLabel(label))
            return QStringLiteral("email %1 has an invalid domain").arg(quoted);
    }
    return {};
}

} // namespace keydesk
