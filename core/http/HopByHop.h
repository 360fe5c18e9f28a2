#pragma once

#include "http/HttpHeaders.h"

namespace Veil::Http {

/**
 * Copies @p in without hop-by-hop fields (RFC 9110 §7.6.1): Connection and every field it lists,
 * Keep-Alive, Proxy-Connection and every Proxy-* field, TE, Transfer-Encoding, Upgrade (kept
 * when @p keepUpgrade), plus Content-Length and Host, which the caller re-adds from the
 * parsed framing and target so they can never disagree with what is actually sent.
 * Trailer is end to end (RFC 9110 §6.6.2: it announces the trailer fields, which are relayed),
 * so it stays even though DESIGN.md once listed it; TE's "trailers" token is the hop-by-hop part.
 */
Headers endToEndHeaders(const Headers &in, bool keepUpgrade);

} // namespace Veil::Http
