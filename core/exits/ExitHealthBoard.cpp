#include "exits/ExitHealthBoard.h"

namespace Veil {

QHash<QString, ExitHealth> ExitHealthBoard::snapshot() const
{
    QReadLocker lock(&m_lock);
    return m_health;
}

ExitHealth ExitHealthBoard::get(const QString &id) const
{
    QReadLocker lock(&m_lock);
    return m_health.value(id);
}

bool ExitHealthBoard::recordSuccess(const QString &id, qint64 delayUs)
{
    QWriteLocker lock(&m_lock);
    ExitHealth &h = m_health[id];
    const bool cameBack = !h.up;
    h.up = true;
    h.consecutiveFailures = 0;
    if (delayUs >= 0) {
        h.delayUs = delayUs;
    }
    return cameBack;
}

bool ExitHealthBoard::recordFailure(const QString &id, int failuresToMarkDown, bool immediate)
{
    QWriteLocker lock(&m_lock);
    ExitHealth &h = m_health[id];
    ++h.consecutiveFailures;
    if (h.up && (immediate || h.consecutiveFailures >= failuresToMarkDown)) {
        h.up = false;
        return true;
    }
    return false;
}

void ExitHealthBoard::reset()
{
    QWriteLocker lock(&m_lock);
    m_health.clear();
}

} // namespace Veil
