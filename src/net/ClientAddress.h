// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include <QHostAddress>
#include <QList>

class QHttpServerRequest;

namespace keydesk::net {

using Subnet = std::pair<QHostAddress, int>; // address and prefix length, as QHostAddress::parseSubnet

// The address that counts as one client: IPv4 as it is (IPv4-mapped IPv6 made IPv4 again), IPv6
// by its /64, since one host is commonly handed a whole /64.
QHostAddress clientKey(const QHostAddress& address);

bool isWithin(const QHostAddress& address, const QList<Subnet>& subnets);

// The client a request came from. Only a connection from a trusted proxy may name another one:
// X-Forwarded-For is read from the right, past the trusted proxies, and its first other address
// is the client. From anyone else, or when the header is malformed, the peer address counts.
QHostAddress clientAddressOf(const QHostAddress& peer, const QByteArray& forwardedFor,
                             const QList<Subnet>& trustedProxies);

// "ADDRESS" or "ADDRESS/PREFIX" (e.g. 127.0.0.1, 10.0.0.0/8, ::1); false when it is neither.
bool parseSubnet(const QString& text, Subnet* out);

} // namespace keydesk::net
