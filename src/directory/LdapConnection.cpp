// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "LdapConnection.h"

#include <QCoreApplication>
#include <QUrl>

#include <ldap.h>

namespace {

// Messages people read, in the desk's language (lupdate files them under this context).
struct Text
{
    KEYDESK_DEFERRED_TR_FUNCTIONS(LdapConnection)
};

} // namespace

namespace keydesk::directory {

struct LdapConnection::Handle
{
    LDAP* ld = nullptr;
    ~Handle()
    {
        if (ld)
            ldap_unbind_ext_s(ld, nullptr, nullptr);
    }
};

namespace {

// libldap's words for `rc`, with the server's own diagnostic when it sent one.
QString describe(LDAP* ld, int rc)
{
    QString text = QString::fromUtf8(ldap_err2string(rc));
    char* diagnostic = nullptr;
    if (ld && ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &diagnostic) == LDAP_OPT_SUCCESS &&
        diagnostic) {
        // GnuTLS's failures reach libldap as "(unknown error code)", which says nothing more.
        if (*diagnostic && qstrcmp(diagnostic, "(unknown error code)") != 0)
            text += QStringLiteral(" (%1)").arg(QString::fromUtf8(diagnostic));
        ldap_memfree(diagnostic);
    }
    return text;
}

struct MessageFree
{
    void operator()(LDAPMessage* m) const { ldap_msgfree(m); }
};
using MessagePtr = std::unique_ptr<LDAPMessage, MessageFree>;

} // namespace

QString LdapEntry::text(const QString& name) const
{
    const auto values = attributes.value(name.toLower());
    return values.isEmpty() ? QString() : QString::fromUtf8(values.first());
}

LdapConnection::LdapConnection(std::unique_ptr<Handle> handle, LdapEndpoint endpoint)
    : m_handle(std::move(handle)), m_endpoint(std::move(endpoint))
{}

LdapConnection::~LdapConnection() = default;

Result<std::unique_ptr<LdapConnection>> LdapConnection::open(const LdapEndpoint& endpoint)
{
    using R = Result<std::unique_ptr<LdapConnection>>;
    const QUrl url(endpoint.url);
    if (!url.isValid() || (url.scheme() != QLatin1String("ldap") && url.scheme() != QLatin1String("ldaps")) ||
        url.host().isEmpty())
        return R::failure(
            Text::tr("\"%1\" is not an LDAP URL (ldap://host:port or ldaps://host:port)").arg(endpoint.url));
    auto handle = std::make_unique<Handle>();
    if (int rc = ldap_initialize(&handle->ld, endpoint.url.toUtf8().constData()); rc != LDAP_SUCCESS)
        return R::failure(
            Text::tr("cannot reach the directory at %1: %2").arg(endpoint.url, describe(nullptr, rc)));
    LDAP* ld = handle->ld;
    const int version = LDAP_VERSION3;
    ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version);
    ldap_set_option(ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF); // a referral would send the password elsewhere
    timeval timeout{endpoint.timeoutSeconds, 0};
    ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout);
    ldap_set_option(ld, LDAP_OPT_TIMEOUT, &timeout);
    // Certificates are always checked: against the given CA file, or the system's.
    const int demand = LDAP_OPT_X_TLS_DEMAND;
    ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &demand);
    if (!endpoint.caFile.isEmpty()) {
        const QByteArray path = endpoint.caFile.toLocal8Bit();
        ldap_set_option(ld, LDAP_OPT_X_TLS_CACERTFILE, path.constData());
    }
    const int client = 0;
    if (int rc = ldap_set_option(ld, LDAP_OPT_X_TLS_NEWCTX, &client); rc != LDAP_OPT_SUCCESS)
        return R::failure(
            Text::tr("the CA file %1 cannot be used: %2").arg(endpoint.caFile, describe(ld, rc)));
    if (int rc = ldap_connect(ld); rc != LDAP_SUCCESS) {
        if (url.scheme() == QLatin1String("ldaps"))
            return R::failure(Text::tr("cannot open a TLS connection to %1: %2. Is the directory up, and its "
                                       "certificate signed by the CA given?")
                                  .arg(endpoint.url, describe(ld, rc)));
        return R::failure(
            Text::tr("cannot reach the directory at %1: %2").arg(endpoint.url, describe(ld, rc)));
    }
    if (endpoint.startTls) {
        if (int rc = ldap_start_tls_s(ld, nullptr, nullptr); rc != LDAP_SUCCESS)
            return R::failure(
                Text::tr("StartTLS with %1 failed: %2. Is the directory's certificate signed by "
                         "the CA given?")
                    .arg(endpoint.url, describe(ld, rc)));
    }
    return std::unique_ptr<LdapConnection>(new LdapConnection(std::move(handle), endpoint));
}

Status LdapConnection::bind(const QString& dn, const QString& password)
{
    QByteArray secret = password.toUtf8();
    berval credentials{ber_len_t(secret.size()), secret.data()};
    const int rc = ldap_sasl_bind_s(m_handle->ld, dn.toUtf8().constData(), LDAP_SASL_SIMPLE, &credentials,
                                    nullptr, nullptr, nullptr);
    secret.fill('\0');
    if (rc != LDAP_SUCCESS)
        return Status::failure(
            Text::tr("the directory refused the bind as %1: %2").arg(dn, describe(m_handle->ld, rc)));
    return {};
}

Status LdapConnection::search(const QString& base, const QString& filter, const QStringList& attributes,
                              int pageSize, const std::function<bool(const LdapEntry&)>& onEntry)
{
    LDAP* ld = m_handle->ld;
    const auto failed = [&](int rc) {
        return Status::failure(Text::tr("the search under %1 failed: %2").arg(base, describe(ld, rc)));
    };
    QList<QByteArray> names;
    for (const QString& a : attributes)
        names << a.toUtf8();
    std::vector<char*> attrs;
    for (QByteArray& n : names)
        attrs.push_back(n.data());
    attrs.push_back(nullptr);
    const QByteArray baseText = base.toUtf8();
    const QByteArray filterText = filter.toUtf8();
    timeval timeout{m_endpoint.timeoutSeconds, 0};
    berval* cookie = nullptr;
    const auto freeCookie = [&] {
        if (cookie)
            ber_bvfree(cookie);
        cookie = nullptr;
    };
    for (;;) {
        LDAPControl* page = nullptr;
        if (int rc = ldap_create_page_control(ld, ber_int_t(pageSize), cookie, 0, &page);
            rc != LDAP_SUCCESS) {
            freeCookie();
            return failed(rc);
        }
        LDAPControl* controls[] = {page, nullptr};
        LDAPMessage* raw = nullptr;
        const int rc = ldap_search_ext_s(ld, baseText.constData(), LDAP_SCOPE_SUBTREE, filterText.constData(),
                                         attrs.data(), 0, controls, nullptr, &timeout, LDAP_NO_LIMIT, &raw);
        ldap_control_free(page);
        MessagePtr result(raw);
        if (rc != LDAP_SUCCESS) {
            freeCookie();
            return failed(rc);
        }
        for (LDAPMessage* e = ldap_first_entry(ld, result.get()); e; e = ldap_next_entry(ld, e)) {
            LdapEntry entry;
            if (char* dn = ldap_get_dn(ld, e)) {
                entry.dn = QString::fromUtf8(dn);
                ldap_memfree(dn);
            }
            BerElement* ber = nullptr;
            for (char* a = ldap_first_attribute(ld, e, &ber); a; a = ldap_next_attribute(ld, e, ber)) {
                QList<QByteArray>& values = entry.attributes[QString::fromUtf8(a).toLower()];
                if (berval** v = ldap_get_values_len(ld, e, a)) {
                    for (berval** p = v; *p; ++p)
                        values << QByteArray((*p)->bv_val, qsizetype((*p)->bv_len));
                    ldap_value_free_len(v);
                }
                ldap_memfree(a);
            }
            if (ber)
                ber_free(ber, 0);
            if (!onEntry(entry)) {
                freeCookie();
                return {};
            }
        }
        int code = LDAP_SUCCESS;
        LDAPControl** serverControls = nullptr;
        if (int prc =
                ldap_parse_result(ld, result.get(), &code, nullptr, nullptr, nullptr, &serverControls, 0);
            prc != LDAP_SUCCESS) {
            freeCookie();
            return failed(prc);
        }
        freeCookie();
        LDAPControl* response = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, serverControls, nullptr);
        ber_int_t estimate = 0;
        berval next{0, nullptr};
        const bool more = response &&
                          ldap_parse_pageresponse_control(ld, response, &estimate, &next) == LDAP_SUCCESS &&
                          next.bv_len > 0;
        if (more)
            cookie = ber_dupbv(nullptr, &next);
        if (next.bv_val)
            ber_memfree(next.bv_val);
        ldap_controls_free(serverControls);
        if (code != LDAP_SUCCESS) {
            freeCookie();
            return failed(code);
        }
        if (!more)
            return {};
    }
}

} // namespace keydesk::directory
