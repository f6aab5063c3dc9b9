#pragma once

#include <QObject>

namespace keydesk::gui {

// Pages announce that they changed the database; every page showing data re-reads it.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    void notify() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();
};

} // namespace keydesk::gui
