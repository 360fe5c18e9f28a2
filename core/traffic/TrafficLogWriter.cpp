#include "traffic/TrafficLogWriter.h"

#include "traffic/EventHub.h"

namespace Veil {

TrafficLogWriter::TrafficLogWriter(EventHub *hub, LogFormat format, FILE *out, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_format(format)
    , m_out(out)
{
    connect(m_hub, &EventHub::eventsAvailable, this, &TrafficLogWriter::flush, Qt::QueuedConnection);
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
