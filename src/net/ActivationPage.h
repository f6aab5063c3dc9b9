#pragma once

#include "core/activation/EnrollmentService.h"

#include <QByteArray>

namespace keydesk::net {

// The activation page (resources/enroll/activate.html) for one link's status, or for manual
// code entry, with every text translated on the server and handed to the script as data.
QByteArray renderActivationPage(const LinkStatus& status, const QString& token);
QByteArray renderCodeEntryPage();
// Static assets of the page by name ("activate.js"); empty if there is no such asset.
QByteArray pageAsset(const QString& name, QByteArray* mimeType);

} // namespace keydesk::net
