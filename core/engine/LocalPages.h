#pragma once

#include "engine/EngineContext.h"
#include "http/HttpParser.h"

namespace Veil {

/** PAC text that sends every request to this listener (HTTP and SOCKS5 on one port). */
QByteArray pacScript(const QHostAddress &address, quint16 port);

/**
 * Answers an origin-form request addressed to Veil itself: "/" is a small status page,
 * "/proxy.pac" the PAC file, anything else 404; only GET and HEAD are allowed.
 * Returns the status code and the complete response in @p response.
 */
int localPageResponse(const Http::RequestHead &request, const EngineContext &context, bool close,
                      QByteArray *response);

} // namespace Veil
