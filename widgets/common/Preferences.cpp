#include "widgets/common/Preferences.h"

#include <QThread>

namespace steward::preferences {

int effectiveThreads()
{
    const int value = kThreads.value();
    return value > 0 ? value : qMax(1, QThread::idealThreadCount());
}

} // namespace steward::preferences
