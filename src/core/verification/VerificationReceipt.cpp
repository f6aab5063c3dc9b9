// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#include "VerificationReceipt.h"

#include "CheckTitles.h"

#include "webauthn/Base64Url.h"
#include "webauthn/Verdict.h"
#include "webauthn/VerdictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace keydesk {

namespace {

// lupdate files these strings under the context the macro names, as translate() looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VerificationReceipt)
};

QString when(qint64 ms)
{
    // With the zone: a receipt is read later and elsewhere.
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return QLocale().toString(t, QLocale::LongFormat);
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\" width=\"28%\">%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString verificationReceiptHtml(const ReceiptFacts& f)
{
    const Verification& v = f.verification;
    const VerificationState state = v.state(f.issuedAt.toMSecsSinceEpoch());
    const bool verified = state == VerificationState::Verified;
    const QString verdict =
        verified ? Text::tr("VERIFIED — every check passed")
        : state == VerificationState::Failed
            ? Text::tr("FAILED — the check “%1” did not pass").arg(checkTitle(v.failedCheck))
            : verificationStateDisplayName(state);
    QString html;
    html +=
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
            .arg(Text::tr("Security key verification receipt").toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>").arg(Text::tr("Security key verification receipt").toHtmlEscaped());
    html +=
        QStringLiteral("<p style=\"font-size: 16pt; font-weight: bold; color: %1\">%2</p>")
            .arg(verified ? QStringLiteral("#1a7f37") : QStringLiteral("#cf222e"), verdict.toHtmlEscaped());

    html += QStringLiteral("<h2>%1</h2><table cellpadding=\"1\">").arg(Text::tr("User").toHtmlEscaped());
    html += row(Text::tr("Name"), f.user.displayName);
    html += row(Text::tr("Email"), f.user.email);
    if (!f.user.upn.isEmpty())
        html += row(Text::tr("User principal name"), f.user.upn);
    html += QStringLiteral("</table>");

    html +=
        QStringLiteral("<h2>%1</h2><table cellpadding=\"1\">").arg(Text::tr("Security key").toHtmlEscaped());
    const QString type = keyTypeDisplayName(f.key.type);
    const bool plainLabel = f.key.label.isEmpty() || f.key.label == type;
    html +=
        row(Text::tr("Key"), QStringLiteral("#%1 %2%3")
                                 .arg(f.key.id)
                                 .arg(type, plainLabel ? QString() : QStringLiteral(" — ") + f.key.label));
    html += row(Text::tr("Authenticator"), f.authenticator);
    html += row(Text::tr("Credential ID"), webauthn::toBase64Url(f.key.credentialId));
    html += row(Text::tr("Algorithm"), webauthn::algorithmName(f.key.algorithm));
    if (f.key.activatedAtMs)
        html += row(Text::tr("Activated"), when(*f.key.activatedAtMs));
    html += QStringLiteral("</table>");

    html +=
        QStringLiteral("<h2>%1</h2><table cellpadding=\"1\">").arg(Text::tr("Verification").toHtmlEscaped());
    html += row(Text::tr("Verification"), QStringLiteral("#%1").arg(v.id));
    html += row(Text::tr("Relying party ID"), f.relyingPartyId);
    html += row(Text::tr("Started by"), v.startedBy);
    html += row(Text::tr("Started"), when(v.createdAtMs));
    if (v.completedAtMs)
        html += row(Text::tr("Answered"), when(*v.completedAtMs));
    if (v.signCount)
        html += row(Text::tr("Signature counter"), QString::number(*v.signCount));
    html += row(Text::tr("Result"), verdict);
    html += QStringLiteral("</table>");

    const QJsonArray checks = v.verdict.value(QStringLiteral("checks")).toArray();
    if (!checks.isEmpty()) {
        html += QStringLiteral(
                    "<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">")
                    .arg(Text::tr("Checks").toHtmlEscaped());
        html += QStringLiteral(
                    "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                    .arg(Text::tr("Check").toHtmlEscaped(), Text::tr("Result").toHtmlEscaped(),
                         Text::tr("Detail").toHtmlEscaped());
        for (const QJsonValue c : checks) {
            const QJsonObject check = c.toObject();
            const bool passed = check.value(QStringLiteral("passed")).toBool();
            html += QStringLiteral("<tr><td>%1</td><td style=\"color: %2\">%3</td><td>%4</td></tr>")
                        .arg(checkTitle(check.value(QStringLiteral("name")).toString()).toHtmlEscaped(),
                             passed ? QStringLiteral("#1a7f37") : QStringLiteral("#cf222e"),
                             (passed ? Text::tr("passed") : Text::tr("FAILED")).toHtmlEscaped(),
                             webauthn::detailOf(check).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
        if (!verified)
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(Text::tr("Verification stops at the first failed check; later checks did not run.")
                             .toHtmlEscaped());
    }
    html += QStringLiteral("<p style=\"color: #57606a\">%1</p>")
                .arg(Text::tr("Issued %1 by KeyDesk's test-mode relying party.")
                         .arg(when(f.issuedAt.toMSecsSinceEpoch()))
                         .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace keydesk
