#include "rules/PolicyCounters.h"

#include <QMutexLocker>

namespace Veil {

PolicyCounters::Counter PolicyCounters::counter(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    Counter &c = m_counters[key];
    if (!c) {
        c = std::make_shared<std::atomic<qint64>>(0);
    }
    return c;
}

QHash<QString, qint64> PolicyCounters::values() const
{
    QMutexLocker lock(&m_mutex);
    QHash<QString, qint64> out;
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it) {
        out.insert(it.key(), it.value()->load(std::memory_order_relaxed));
    }
    return out;
}

qint64 PolicyCounters::value(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    const Counter c = m_counters.value(key);
    return c ? c->load(std::memory_order_relaxed) : 0;
}

} // namespace Veil
