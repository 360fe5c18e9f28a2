#pragma once

#include "config/Settings.h"

#include <QObject>
#include <QTimer>

#include <cstdio>

namespace Veil {

class EventHub;

/**
 * Headless consumer of the EventHub: prints one line per event (text or JSON) to a stdio stream.
 * Drains in batches on the hub's wake-up, so a burst costs one wake-up, not one per event; at
 * shutdown flush() prints what is left.
 */
class TrafficLogWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficLogWriter)

public:
    TrafficLogWriter(EventHub *hub, LogFormat format, FILE *out, QObject *parent = nullptr);

    void flush();
    quint64 written() const { return m_written; }

private:
    EventHub *m_hub;
    LogFormat m_format;
    FILE *m_out;
    quint64 m_written = 0;
    quint64 m_reportedDrops = 0;
    QTimer m_batch;
};

} // namespace Veil
