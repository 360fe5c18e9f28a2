#pragma once

#include "traffic/TrafficEvent.h"

#include <QElapsedTimer>

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

private:
    EventHub *m_hub;
    TrafficEvent m_event;
    QElapsedTimer m_timer;
    bool m_active = false;
};

} // namespace Veil
