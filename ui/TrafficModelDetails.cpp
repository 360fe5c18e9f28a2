// TrafficModel: what the details pane reads (a row as an event) and how long details are kept.
// Apart from TrafficModel.cpp, which holds the table itself.

#include "TrafficModel.h"

#include <QThreadPool>

namespace Veil {

void TrafficModel::trimDetails()
{
    const quint64 end = m_firstSeq + quint64(m_count);
    const quint64 floor = end > quint64(DetailsKept) ? end - quint64(DetailsKept) : 0;
    std::vector<std::shared_ptr<const TrafficDetails>> released;
    // Each row is visited once over the model's life: the floor only moves forward.
    for (quint64 seq = qMax(m_detailsFloor, m_firstSeq); seq < floor; ++seq) {
        if (std::shared_ptr<const TrafficDetails> &details = rowAt(int(seq - m_firstSeq)).details) {
            released.push_back(std::move(details));
        }
    }
    m_detailsFloor = qMax(m_detailsFloor, floor);
    // Under load nearly every row's heads are let go here (thousands per batch, a few dozen small
    // blocks each), and freeing them was the biggest single piece of a drain on the GUI thread
    // (bench/ui_bench.sh): a pool thread does it. Small batches are not worth the hand-off.
    if (released.size() >= ReleaseOffThreadAt) {
        QThreadPool::globalInstance()->start(
            [released = std::move(released)]() mutable { released.clear(); });
    }
}

bool TrafficModel::detailsDropped(int row) const
{
    return row >= 0 && row < m_count && m_firstSeq + quint64(row) < m_detailsFloor;
}

TrafficEvent TrafficModel::eventAt(int row) const
{
    TrafficEvent e;
    if (row < 0 || row >= m_count) {
        return e;
    }
    const Row &r = rowAt(row);
    e.id = r.id;
    e.phase = r.inFlight ? TrafficEvent::Phase::Start : TrafficEvent::Phase::End;
    e.timeMs = r.timeMs;
    if (r.clientIsV4) {
        e.clientAddress =
            QHostAddress((quint32(r.clientAddress.c[0]) << 24) | (quint32(r.clientAddress.c[1]) << 16) |
                         (quint32(r.clientAddress.c[2]) << 8) | quint32(r.clientAddress.c[3]));
    } else {
        e.clientAddress = QHostAddress(r.clientAddress);
    }
    e.clientPort = r.clientPort;
    e.protocol = r.protocol;
    e.method = r.method;
    e.host = r.host;
    e.port = r.port;
    e.path = r.path;
    e.status = r.status;
    e.bytesUp = r.bytesUp;
    e.bytesDown = r.bytesDown;
    e.durationUs = r.durationUs;
    e.decision = r.decision;
    e.exit = r.exit;
    e.error = r.error;
    e.reason = r.reason;
    e.cache = r.cache;
    e.details = r.details;
    return e;
}

} // namespace Veil
