// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "RequestFraming.h"

#include <algorithm>
#include <string_view>

namespace keydesk::net {

namespace {

// RFC 9110 §5.6.2: the characters of a token (method, header name, connection option).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isToken(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

// Field values: visible ASCII, space, tab and obs-text; no other control character.
bool isFieldValue(QByteArrayView s)
{
    return std::all_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u == '\t' || (u >= 0x20 && u != 0x7f);
    });
}

QByteArrayView trimmedOws(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

bool equalsLower(QByteArrayView s, QByteArrayView lower)
{
    return s.size() == lower.size() && std::equal(s.begin(), s.end(), lower.begin(), [](char a, char b) {
               return (a >= 'A' && a <= 'Z' ? char(a + 32) : a) == b;
           });
}

// One past the blank line that ends a head (CRLF CRLF, or bare LF line ends), or -1.
qsizetype headEnd(const QByteArray& head, qsizetype from)
{
    for (qsizetype i = head.indexOf('\n', from); i >= 0; i = head.indexOf('\n', i + 1)) {
        if (i + 1 < head.size() && head[i + 1] == '\n')
            return i + 2;
        if (i + 2 < head.size() && head[i + 1] == '\r' && head[i + 2] == '\n')
            return i + 3;
    }
    return -1;
}

RequestVerdict refused(int status, const char* code, const char* message)
{
    RequestVerdict v;
    v.status = status;
    v.code = code;
    v.message = message;
    v.keepAlive = false;
    v.complete = true;
    return v;
}

} // namespace

void RequestFraming::feed(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size() && m_phase != Phase::Refused) {
        switch (m_phase) {
        case Phase::BetweenRequests:
            // RFC 9112 §2.2: empty lines before a request line are ignored.
            if (bytes[i] == '\r' || bytes[i] == '\n') {
                ++i;
                break;
            }
            m_phase = Phase::Head;
            m_head.clear();
            break;
        case Phase::Head: {
            // Never more than one byte past the limit is kept.
            const qsizetype take =
                std::min<qsizetype>(bytes.size() - i, m_limits.maxHeadBytes + 1 - m_head.size());
            const qsizetype searchFrom = std::max<qsizetype>(0, m_head.size() - 2);
            m_head.append(bytes.sliced(i, take));
            const qsizetype end = headEnd(m_head, searchFrom);
            if (end < 0 || end > m_limits.maxHeadBytes) {
                i += take;
                if (m_head.size() > m_limits.maxHeadBytes)
                    refuse(431, "head-too-large", "The request head is larger than the server accepts.");
                break;
            }
            i += take - (m_head.size() - end);
            m_head.truncate(end);
            endHead();
            break;
        }
        case Phase::Body: {
            const qint64 n = std::min<qint64>(m_bodyLeft, bytes.size() - i);
            m_bodyLeft -= n;
            i += n;
            if (m_bodyLeft == 0) {
                m_requests.back().complete = true;
                m_phase = Phase::BetweenRequests;
            }
            break;
        }
        case Phase::Refused:
            break;
        }
    }
}

void RequestFraming::refuse(int status, const char* code, const char* message)
{
    m_requests.push_back(refused(status, code, message));
    ++m_judged;
    m_phase = Phase::Refused;
    m_head.clear();
}

void RequestFraming::endHead()
{
    RequestVerdict verdict = judgeHead(m_head);
    m_head.clear();
    if (!verdict.refused() && qsizetype(m_requests.size()) >= m_limits.maxPipelined)
        verdict = refused(429, "too-many-requests",
                          "Too many requests on this connection are waiting for an answer.");
    m_requests.push_back(verdict);
    ++m_judged;
    if (verdict.refused()) {
        m_phase = Phase::Refused;
    } else if (verdict.bodyLength > 0) {
        m_bodyLeft = verdict.bodyLength;
        m_phase = Phase::Body;
    } else {
        m_requests.back().complete = true;
        m_phase = Phase::BetweenRequests;
    }
}

RequestVerdict RequestFraming::judgeHead(QByteArrayView head) const
{
    // Lines end with LF, optionally after one CR; the head ends with an empty line.
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start < head.size();) {
        const qsizetype lf = head.indexOf('\n', start);
        QByteArrayView line = head.sliced(start, lf - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r'))
            return refused(400, "bare-cr", "A line of the request holds a CR that does not end it.");
        if (line.isEmpty())
            break;
        lines.append(line);
        start = lf + 1;
    }

    // Request line: method SP request-target SP HTTP-version, single spaces (RFC 9112 §3).
    const QByteArrayView requestLine = lines.value(0);
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return refused(400, "bad-request-line", "The request line is not: method, target, HTTP version.");
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method))
        return refused(400, "bad-request-line", "The request method is not a token.");
    const bool visible =
        std::all_of(target.begin(), target.end(), [](char c) { return c > 0x20 && c < 0x7f; });
    const bool originForm = target.startsWith('/');
    const bool absoluteForm = target.startsWith("http://") || target.startsWith("https://");
    const bool asterisk = target == "*" && method == "OPTIONS";
    if (target.isEmpty() || !visible || !(originForm || absoluteForm || asterisk))
        return refused(400, "bad-request-target", "The request target is not a path or an absolute URL.");
    const bool versionShape = version.size() == 8 && version.startsWith("HTTP/") && version[5] >= '0' &&
                              version[5] <= '9' && version[6] == '.' && version[7] >= '0' &&
                              version[7] <= '9';
    if (!versionShape)
        return refused(400, "bad-request-line", "The request line does not end with an HTTP version.");
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return refused(505, "http-version-not-supported", "Only HTTP/1.1 and HTTP/1.0 are served.");
    const bool http11 = version == "HTTP/1.1";

    int contentLengths = 0;
    int hosts = 0;
    bool transferEncoding = false;
    bool close = false;
    bool keepAliveOption = false;
    qint64 length = 0;
    if (lines.size() - 1 > m_limits.maxHeaderFields)
        return refused(431, "too-many-header-fields",
                       "The request has more header fields than the server accepts.");
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArrayView line = lines[n];
        if (line.front() == ' ' || line.front() == '\t')
            return refused(400, "obsolete-line-folding", "A header field is folded over two lines.");
        const qsizetype colon = line.indexOf(':');
        // No space may stand between a field name and its colon (RFC 9112 §5.1).
        if (colon <= 0 || !isToken(line.first(colon)))
            return refused(400, "bad-header-field",
                           "A header line is not a field name, a colon and a value.");
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return refused(400, "bad-header-field", "A header field value holds a control character.");
        if (equalsLower(name, "content-length")) {
            ++contentLengths;
            const bool digits =
                !value.isEmpty() && value.size() <= 18 &&
                std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!digits)
                return refused(400, "bad-content-length", "Content-Length is not a decimal number.");
            length = value.toLongLong();
        } else if (equalsLower(name, "transfer-encoding")) {
            transferEncoding = true;
        } else if (equalsLower(name, "host")) {
            ++hosts;
        } else if (equalsLower(name, "connection")) {
            for (QByteArrayView option : QByteArray(value.data(), value.size()).split(',')) {
                option = trimmedOws(option);
                close = close || equalsLower(option, "close");
                keepAliveOption = keepAliveOption || equalsLower(option, "keep-alive");
            }
        }
    }
    // Two lengths, or a length and a coding, let a front end and this server disagree on where
    // the request ends (request smuggling): refused, never guessed.
    if (contentLengths > 1)
        return refused(400, "duplicate-content-length", "Content-Length is given more than once.");
    if (transferEncoding && contentLengths > 0)
        return refused(400, "content-length-with-transfer-encoding",
                       "Content-Length and Transfer-Encoding are both given.");
    if (transferEncoding)
        return refused(411, "length-required", "Send the body with a Content-Length, not a transfer coding.");
    if (hosts > 1 || (http11 && hosts == 0))
        return refused(400, "bad-host", "An HTTP/1.1 request needs exactly one Host field.");
    if (length > m_limits.maxBodyBytes)
        return refused(413, "body-too-large", "The request is larger than the server accepts.");

    RequestVerdict verdict;
    verdict.keepAlive = !close && (http11 || keepAliveOption);
    verdict.bodyLength = length;
    return verdict;
}

} // namespace keydesk::net
