// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// keydesk-phone: the virtual phone of the offline demo — a window, or a command for scripts.
#include "i18n/Translations.h"
#include "phoneapp/HeadlessPhone.h"
#include "phoneapp/PhoneWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSslCertificate>
#include <QStandardPaths>

#include <memory>

namespace {

const QStringList kOptionsWithValue{QStringLiteral("--credentials"), QStringLiteral("--tamper"),
                                    QStringLiteral("--server"), QStringLiteral("--trust-cert")};

// A command line naming a headless verb runs without a display; decided before Qt starts,
// because a QApplication needs one.
bool wantsHeadless(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(u'-')) {
            if (kOptionsWithValue.contains(arg))
                ++i;
            continue;
        }
        return keydesk::phoneapp::isHeadlessCommand(arg);
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace keydesk;
    const bool headless = wantsHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> app = headless ? std::make_unique<QCoreApplication>(argc, argv)
                                                     : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KeyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("keydesk-phone"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));
    if (!headless)
        installTranslations(*app, {}); // the window speaks the system's language; JSON stays as it is

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("KeyDesk virtual phone: a software FIDO2 authenticator that activates and verifies "
                       "KeyDesk security keys like a phone app.\n\nWithout a command it opens its window. "
                       "Commands: list | open <link> | scan <image> | code <server> <email> <code>"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption credentials(
        QStringLiteral("credentials"),
        QStringLiteral("The phone's passkeys file (default: in the user's data "
                       "folder)."),
        QStringLiteral("file"));
    const QCommandLineOption tamper(
        QStringLiteral("tamper"),
        QStringLiteral("Misbehave: none, wrong-origin, stale-challenge, cloned-counter, "
                       "bad-signature, flipped-flag."),
        QStringLiteral("mode"), QStringLiteral("none"));
    const QCommandLineOption synced(QStringLiteral("synced"),
                                    QStringLiteral("New passkeys act as synced ones (BE and BS set)."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("The enrollment server for Work or School (default "
                                                   "http://localhost:8765)."),
                                    QStringLiteral("url"), QStringLiteral("http://localhost:8765"));
    const QCommandLineOption trust(
        QStringLiteral("trust-cert"),
        QStringLiteral("Trust this PEM certificate for an https enrollment server, as a "
                       "phone that installed it."),
        QStringLiteral("file"));
    parser.addOptions({credentials, tamper, synced, server, trust});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("Optional: list, open, scan or code."));
    parser.process(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto fail = [&](const QString& message) {
        if (headless)
            err << "keydesk-phone: " << message << '\n';
        else
            QMessageBox::critical(nullptr, QStringLiteral("KeyDesk virtual phone"), message);
        return 2;
    };
    const auto mode = authenticator::tamperFromName(parser.value(tamper));
    if (!mode)
        return fail(QStringLiteral("--tamper: unknown mode '%1'").arg(parser.value(tamper)));
    const QString path = parser.isSet(credentials)
                             ? parser.value(credentials)
                             : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                   QStringLiteral("/credentials.json");
    auto wallet = phone::CredentialWallet::open(path);
    if (!wallet)
        return fail(wallet.error());

    phone::VirtualPhone phone(std::move(wallet).value());
    phone.setTamper(*mode);
    phone.setSyncedPasskeys(parser.isSet(synced));
    if (parser.isSet(trust)) {
        const QList<QSslCertificate> roots = QSslCertificate::fromPath(parser.value(trust));
        if (roots.isEmpty())
            return fail(QStringLiteral("--trust-cert: no PEM certificate in '%1'").arg(parser.value(trust)));
        phone.client().trustCertificates(roots);
    }
    if (headless)
        return phoneapp::runHeadlessPhone(phone, parser.positionalArguments(), out, err);

    phoneapp::PhoneWindow window(phone, QUrl(parser.value(server)));
    window.setTamper(*mode);
    window.show();
    return QApplication::exec();
}
