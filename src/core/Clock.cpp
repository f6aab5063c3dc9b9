#include "Clock.h"

namespace keydesk {

const Clock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace keydesk
