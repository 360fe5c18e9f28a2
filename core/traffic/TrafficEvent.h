#pragma once

#include "traffic/TrafficDetails.h"

#include <QByteArray>
#include <QHostAddress>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <memory>

namespace Veil {

/** What carried the traffic. */
enum class TrafficProtocol : std::uint8_t
{
    Http,
    Connect,
    Socks5,
    Local
};

/** What the engine decided for it; TrafficEvent::reason says why. */
enum class TrafficDecision : std::uint8_t
{
    None,
    Direct,
    Exit,
    Block,
    Local,
    Refused
};

/**
 * One compact record per start or end of a connection / request. Plain data so it can cross
 * threads cheaply; text is made only where it is shown (STYLE.md).
 */
struct TrafficEvent
{
    enum class Phase : std::uint8_t
    {
        Start,
        End
    };

    quint64 id = 0; ///< engine-wide id shared by the Start and End record
    Phase phase = Phase::Start;
    qint64 timeMs = 0; ///< wall clock, ms since the epoch (UTC)
    QHostAddress clientAddress;
    quint16 clientPort = 0;
    TrafficProtocol protocol = TrafficProtocol::Http;
    QByteArray method; ///< HTTP method, "CONNECT", or empty for SOCKS
    QByteArray host;
    quint16 port = 0;
    QByteArray path;       ///< plain HTTP only; never set for tunnels
    int status = 0;        ///< HTTP status, or SOCKS reply code for Socks5
    qint64 bytesUp = 0;    ///< client → upstream payload bytes
    qint64 bytesDown = 0;  ///< upstream → client bytes
    qint64 durationUs = 0; ///< End only
    TrafficDecision decision = TrafficDecision::None;
    QByteArray exit; ///< exit id when decision is Exit
    QString error;   ///< empty on success
    /** Why the decision was taken: the rule, or the list, line and filter; empty when the mode decided. */
    QString reason;
    /** What the HTTP cache did: this engine's Cache-Status member ("Veil; hit"); plain HTTP only. */
    QByteArray cache;
    /**
     * Heads and timings for the details pane; only while EventHub::detailsWanted(), mostly on
     * End records. Shared and immutable, so copying the event stays cheap.
     */
    std::shared_ptr<const TrafficDetails> details;
    /**
     * What the privacy filters changed in a plain-HTTP request, comma-separated
     * ("referer:origin,gpc,param:utm_source"); empty when nothing changed.
     */
    QByteArray privacy;
};

const char *protocolName(TrafficProtocol protocol);
const char *decisionName(TrafficDecision decision);

/** One log line: "2026-11-27T10:00:00.123Z end http GET example.com:80/ 200 up=0 down=612 12.3ms direct". */
QByteArray formatTrafficText(const TrafficEvent &event);
/** One compact JSON object (no trailing newline). */
QByteArray formatTrafficJson(const TrafficEvent &event);

} // namespace Veil

Q_DECLARE_METATYPE(Veil::TrafficEvent)
