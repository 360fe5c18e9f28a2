#include "traffic/TrafficRecorder.h"

#include "traffic/EventHub.h"

#include <QDateTime>

namespace Veil {

void TrafficRecorder::start()
{
    m_event.id = m_hub ? m_hub->nextId() : 0;
    m_event.phase = TrafficEvent::Phase::Start;
    m_event.timeMs = QDateTime::currentMSecsSinceEpoch();
    m_event.details.reset();
    m_details.reset();
    if (m_hub && m_hub->detailsWanted()) {
        m_details = std::make_unique<TrafficDetails>();
    }
    m_timer.start();
    m_active = true;
    if (m_hub) {
        m_hub->publish(m_event);
    }
}

void TrafficRecorder::finish(int status, const QString &error)
{
    if (!m_active) {
        return;
    }
    m_active = false;
    m_event.phase = TrafficEvent::Phase::End;
    m_event.status = status;
    m_event.error = error;
    m_event.timeMs = QDateTime::currentMSecsSinceEpoch();
    m_event.durationUs = m_timer.nsecsElapsed() / 1000;
    if (m_details) {
        m_details->endUs = m_event.durationUs;
        m_details->privacy = m_event.privacy;
        m_event.details = std::move(m_details);
    }
    if (m_hub) {
        m_hub->publish(m_event);
    }
    m_event.details.reset(); // the hub's copy holds it; the next request starts without
}

void TrafficRecorder::resetRequest()
{
    m_event.method.clear();
    m_event.host.clear();
    m_event.port = 0;
    m_event.path.clear();
    m_event.status = 0;
    m_event.bytesUp = 0;
    m_event.bytesDown = 0;
    m_event.durationUs = 0;
    m_event.decision = TrafficDecision::None;
    m_event.exit.clear();
    m_event.error.clear();
    m_event.reason.clear();
    m_event.details.reset();
    m_details.reset();
    m_event.privacy.clear();
}

} // namespace Veil
