#include "traffic/EventHub.h"

#include <QMutexLocker>

namespace Veil {

EventHub::EventHub(qsizetype capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax<qsizetype>(1, capacity))
{
    setObjectName(QStringLiteral("EventHub"));
    qRegisterMetaType<TrafficEvent>();
}

void EventHub::publish(TrafficEvent event)
{
    bool wasEmpty = false;
    {
        QMutexLocker lock(&m_mutex);
        if (qsizetype(m_queue.size()) >= m_capacity) {
            m_dropped.fetch_add(1, std::memory_order_relaxed);
            return;
        }
        wasEmpty = m_queue.empty();
        m_queue.push_back(std::move(event));
    }
    m_published.fetch_add(1, std::memory_order_relaxed);
    if (wasEmpty) {
        Q_EMIT eventsAvailable();
    }
}

QList<TrafficEvent> EventHub::drain(qsizetype max)
{
    QList<TrafficEvent> out;
    QMutexLocker lock(&m_mutex);
    const qsizetype n = qMin<qsizetype>(max, qsizetype(m_queue.size()));
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        out.append(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    return out;
}

} // namespace Veil
