#pragma once

#include "traffic/TrafficEvent.h"

#include <QElapsedTimer>

#include <memory>

namespace Veil {

class EventHub;

/**
 * Fills and publishes the Start and End records of one connection or request, so sessions only
 * set the fields they know. A recorder is reused for each request on a keep-alive connection.
 */
class TrafficRecorder
{
public:
    explicit TrafficRecorder(EventHub *hub)
        : m_hub(hub)
    {}

    /** The record being built; fields set here go into both Start and End. */
    TrafficEvent &event() { return m_event; }
    bool isActive() const { return m_active; }

    /** Publishes Start with a fresh id and starts the duration clock. */
    void start();
    /** Publishes End (with duration) once; later calls are ignored until the next start(). */
    void finish(int status, const QString &error = {});
    /** Clears request fields (method, host, path, status, bytes, error) for the next request. */
    void resetRequest();

    /**
     * The details being gathered for the active record, or null when nobody wants them (the
     * EventHub's detailsWanted() at start()) or no record is active: callers test the pointer, so
     * with details off the data path pays one branch per step.
     */
    TrafficDetails *details() { return m_details.get(); }
    /** Microseconds since start(), for TrafficDetails timings. */
    qint64 elapsedUs() const { return m_timer.nsecsElapsed() / 1000; }

private:
    EventHub *m_hub;
    TrafficEvent m_event;
    std::unique_ptr<TrafficDetails> m_details;
    QElapsedTimer m_timer;
    bool m_active = false;
};

} // namespace Veil
