#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Veil {

/**
 * What the Traffic page's details pane shows beyond the table row: the heads of a plain-HTTP
 * exchange and when each step happened. Built only while a subscriber asks for details
 * (EventHub::setDetailsWanted), shared read-only between the End event and the UI.
 * Credentials never get here: Authorization, Proxy-Authorization, Cookie and Set-Cookie values
 * are replaced by their size (see redactedHeaders()).
 */
struct TrafficDetails
{
    struct Header
    {
        QByteArray name;
        QByteArray value; ///< redacted for credential headers
    };

    /** "GET /path HTTP/1.1" as sent upstream; plain HTTP only, never for tunnels. */
    QByteArray requestLine;
    QList<Header> requestHeaders;
    /** "HTTP/1.1 200 OK" as received from the origin (or the exit). */
    QByteArray statusLine;
    QList<Header> responseHeaders;

    // Microseconds since the request (or connection) started; -1 when it did not happen.
    qint64 connectedUs = -1;       ///< DNS and connect done; -1 on a reused connection
    qint64 requestSentUs = -1;     ///< the request head and body were written upstream
    qint64 firstByteUs = -1;       ///< the first response byte arrived
    qint64 endUs = -1;             ///< the exchange or tunnel ended
    bool reusedConnection = false; ///< the request went out on a pooled keep-alive connection
    /** TrafficEvent::privacy again, so the details pane has it without the table keeping it per row. */
    QByteArray privacy;

    /** Splits a raw head ("line CRLF (name: value CRLF)* CRLF") into its first line and redacted headers. */
    static void parseHead(QByteArrayView head, QByteArray *firstLine, QList<Header> *headers);
    /** True for headers whose values are secrets (compared case-insensitively). */
    static bool isSecretHeader(QByteArrayView name);
    /** "<redacted, 123 bytes>". */
    static QByteArray redacted(qsizetype bytes);
};

} // namespace Veil
