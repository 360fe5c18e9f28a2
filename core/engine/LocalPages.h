#pragma once

#include "engine/EngineContext.h"
#include "http/HttpParser.h"

#include <QStringList>

namespace Veil {

/** What the PAC file says besides "use Veil". */
struct PacOptions
{
    /**
     * Hosts that go DIRECT: names ("localhost", "*.corp.example"), IPv4 networks
     * ("10.0.0.0/8", matched only against address literals so the browser never resolves a
     * name for it) and IPv6 addresses ("::1").
     */
    QStringList bypass;
    /**
     * On: when Veil cannot be reached the browser fails closed — the script never ends in
     * DIRECT. Off: it falls back to DIRECT after Veil's HTTP and SOCKS5 entries.
     */
    bool killSwitch = true;
};

/**
 * What the served PAC file says for @p settings: loopback and the user's bypass list go DIRECT;
 * only with the kill switch off does it fall back to DIRECT when Veil cannot be reached.
 */
PacOptions pacOptions(const Settings &settings);

/** PAC text that sends every request to this listener (HTTP and SOCKS5 on one port). */
QByteArray pacScript(const QHostAddress &address, quint16 port, const PacOptions &options = PacOptions());

/**
 * Answers an origin-form request addressed to Veil itself: "/" is a small status page,
 * "/proxy.pac" the PAC file, anything else 404; only GET and HEAD are allowed.
 * Returns the status code and the complete response in @p response.
 */
int localPageResponse(const Http::RequestHead &request, const EngineContext &context, bool close,
                      QByteArray *response);

} // namespace Veil
