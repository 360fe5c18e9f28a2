#pragma once

#include "traffic/TrafficEvent.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <deque>

namespace Veil {

/**
 * Bounded, batched hand-off of TrafficEvents from worker threads to one consumer (log printer or
 * UI). publish() never waits on the consumer: when the queue is full the event is dropped and
 * counted. One queued wake-up (eventsAvailable) is emitted per empty → non-empty transition; the
 * consumer drains in batches (qBittorrent's alert model, STYLE.md).
 */
class EventHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventHub)

public:
    explicit EventHub(qsizetype capacity = 65536, QObject *parent = nullptr);

    /** Thread-safe; O(1); never blocks on the consumer. */
    void publish(TrafficEvent event);

    /** Takes up to @p max queued events, oldest first. */
    QList<TrafficEvent> drain(qsizetype max = 4096);

    qsizetype capacity() const { return m_capacity; }
    quint64 dropped() const { return m_dropped.load(std::memory_order_relaxed); }
    quint64 published() const { return m_published.load(std::memory_order_relaxed); }
    /**
     * Whether sessions build TrafficDetails (heads and timings) for their records. Off by default so
     * the data path does not copy heads nobody reads; the GUI turns it on. Thread-safe.
     */
    void setDetailsWanted(bool wanted) { m_detailsWanted.store(wanted, std::memory_order_relaxed); }
    bool detailsWanted() const { return m_detailsWanted.load(std::memory_order_relaxed); }
    /** The id most recently handed out by nextId() (0 before the first). */
    quint64 lastId() const { return m_nextId.load(std::memory_order_relaxed); }
    /** Next id for a TrafficEvent (engine-wide, thread-safe). */
    quint64 nextId() { return m_nextId.fetch_add(1, std::memory_order_relaxed) + 1; }

Q_SIGNALS:
    /** Emitted (from the publishing thread) when the queue becomes non-empty. Connect queued. */
    void eventsAvailable();

private:
    const qsizetype m_capacity;
    QMutex m_mutex;
    std::deque<TrafficEvent> m_queue;
    std::atomic<quint64> m_dropped{0};
    std::atomic<quint64> m_published{0};
    std::atomic<quint64> m_nextId{0};
    std::atomic<bool> m_detailsWanted{false};
};

} // namespace Veil
