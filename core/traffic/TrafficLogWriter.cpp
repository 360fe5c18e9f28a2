#include "traffic/TrafficLogWriter.h"

#include "traffic/EventHub.h"

namespace Veil {

TrafficLogWriter::TrafficLogWriter(EventHub *hub, LogFormat format, FILE *out, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_format(format)
    , m_out(out)
{
    // Wait a moment after a wake-up so events pile up: under load this is ~20 wake-ups a second
    // instead of one per request, and the hub sends no new signal while its queue is non-empty.
    m_batch.setSingleShot(true);
    m_batch.setInterval(50);
    connect(&m_batch, &QTimer::timeout, this, &TrafficLogWriter::flush);
    connect(m_hub, &EventHub::eventsAvailable, &m_batch, qOverload<>(&QTimer::start), Qt::QueuedConnection);
}

void TrafficLogWriter::flush()
{
    for (;;) {
        const QList<TrafficEvent> batch = m_hub->drain();
        if (batch.isEmpty()) {
            break;
        }
        if (m_format == LogFormat::None) {
            continue;
        }
        QByteArray text;
        text.reserve(batch.size() * 160);
        for (const TrafficEvent &e : batch) {
            text += m_format == LogFormat::Json ? formatTrafficJson(e) : formatTrafficText(e);
            text += '\n';
        }
        std::fwrite(text.constData(), 1, size_t(text.size()), m_out);
        m_written += quint64(batch.size());
    }
    const quint64 dropped = m_hub->dropped();
    if (dropped != m_reportedDrops && m_format != LogFormat::None) {
        std::fprintf(m_out, "# %llu traffic events dropped (log consumer too slow)\n",
                     static_cast<unsigned long long>(dropped - m_reportedDrops));
        m_reportedDrops = dropped;
    }
    std::fflush(m_out);
}

} // namespace Veil
