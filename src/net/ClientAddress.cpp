// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "ClientAddress.h"

namespace keydesk::net {

QHostAddress clientKey(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4);
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    Q_IPV6ADDR v6 = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        v6[i] = 0;
    return QHostAddress(v6);
}

bool isWithin(const QHostAddress& address, const QList<Subnet>& subnets)
{
    // IPv4-mapped IPv6 peers (a dual-stack listener) compare as the IPv4 address they are.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    const QHostAddress plain = isV4 ? QHostAddress(v4) : address;
    for (const Subnet& subnet : subnets) {
        if (plain.isInSubnet(subnet))
            return true;
    }
    return false;
}

QHostAddress clientAddressOf(const QHostAddress& peer, const QByteArray& forwardedFor,
                             const QList<Subnet>& trustedProxies)
{
    if (forwardedFor.isEmpty() || !isWithin(peer, trustedProxies))
        return peer;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress address(QString::fromLatin1(hop->trimmed()));
        if (address.isNull())
            return peer; // not a list of addresses: trust none of it
        if (!isWithin(address, trustedProxies))
            return address;
    }
    return peer;
}

bool parseSubnet(const QString& text, Subnet* out)
{
    Subnet subnet = text.contains(u'/') ? QHostAddress::parseSubnet(text) : Subnet(QHostAddress(text), -1);
    if (subnet.first.isNull())
        return false;
    if (subnet.second < 0)
        subnet.second = subnet.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    *out = subnet;
    return true;
}

} // namespace keydesk::net
