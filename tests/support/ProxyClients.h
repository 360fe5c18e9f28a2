#pragma once

#include "HttpWire.h"
#include "RawClient.h"
#include "TestSupport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Veil::Test {

/**
 * The three ways a client reaches a target through Veil, named as test data rows use them:
 * "http" (absolute-form request), "connect" (HTTP CONNECT tunnel) and "socks5" (SOCKS5 with the
 * host name sent on, like curl --socks5-hostname).
 */
QStringList proxyModes();

/** curl's arguments for fetching through the proxy at 127.0.0.1:@p port in @p mode. */
QStringList curlProxyArgs(quint16 port, const QByteArray &mode);

/** Fetches @p url with curl through the proxy at 127.0.0.1:@p port in @p mode. */
ProcessResult curlThrough(quint16 port, const QByteArray &mode, const QString &url, int timeoutMs = 20000);

/**
 * Asks the proxy on 127.0.0.1:@p port, over a raw socket, for http://@p host:@p targetPort@p path
 * ("http": absolute form) or for a tunnel to @p host:@p targetPort ("connect"), and reads the
 * answer into @p response. False when no complete response arrived within @p timeoutMs.
 */
bool rawProxyRequest(quint16 port, const QByteArray &mode, const QByteArray &host, quint16 targetPort,
                     const QByteArray &path, WireMessage *response,
                     int timeoutMs = RawClient::DefaultTimeoutMs);

/**
 * SOCKS5 no-auth greeting and CONNECT to @p host (ATYP 3, domain) : @p targetPort on @p client.
 * Returns the reply code (0 = succeeded) or -1 when the proxy answered something else or nothing.
 */
int socks5ConnectByName(RawClient &client, const QByteArray &host, quint16 targetPort);

} // namespace Veil::Test
