#pragma once

#include "engine/EngineContext.h"
#include "exits/ExitConnector.h"
#include "exits/Router.h"
#include "traffic/TrafficEvent.h"

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Veil {

class DnsLookup;

/** Why an upstream connection could not be made; sessions map it to 502/504/SOCKS replies. */
enum class DialFailure : std::uint8_t
{
    None,
    HostNotFound,
    Refused,
    NetworkUnreachable,
    Timeout,
    Loop,
    ExitFailed, ///< the exit itself failed (down, TLS, credentials) and no other exit was healthy
    NoExit,     ///< fail closed: no healthy exit in the selected region
    Other
};

/**
 * Opens the upstream connection for one session, directly (DnsLookup: the system resolver or
 * DNS-over-HTTPS, then each address in turn) or through an exit (ExitConnector: the target name goes to the
 * exit unresolved). When an exit fails in a way that is its own fault, the failure is recorded on the health
 * board and the dial moves to the next healthy exit of the region (at most twice). Emits exactly one of
 * connected() or failed().
 */
class Dialer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dialer)

public:
    Dialer(EngineContextPtr context, QObject *parent = nullptr);
    ~Dialer() override;

    /** Direct connection to @p host:@p port. */
    void dial(const QByteArray &host, quint16 port);
    /**
     * Connection along @p route: direct, through its exit (Tunnel: a byte stream to the target;
     * Forward: a connection to an HTTP/HTTPS exit for absolute-form requests), or an immediate
     * NoExit failure for a fail-closed route.
     */
    void dial(const Route &route, const QByteArray &host, quint16 port, ExitConnector::Mode mode);
    /** Hands the connected socket to the caller (who becomes its parent). */
    QTcpSocket *takeSocket();
    void abort();
    /** The route that was finally used (after any failover). */
    const Route &route() const { return m_route; }

Q_SIGNALS:
    void connected();
    void failed(Veil::DialFailure failure, const QString &message);

private:
    void onResolved(const QList<QHostAddress> &addresses, const QString &error);
    void connectNext();
    void onConnected();
    void onError(QAbstractSocket::SocketError error);
    void onTimeout();
    void fail(DialFailure failure, const QString &message);
    void dialExit();
    void onExitConnected();
    void onExitFailed(ExitConnector::Failure failure, const QString &message);

    EngineContextPtr m_context;
    Route m_route;
    ExitConnector::Mode m_mode = ExitConnector::Mode::Tunnel;
    ExitConnector *m_exitConnector = nullptr;
    QSet<QString> m_failedExits;
    QPointer<QTcpSocket> m_socket;
    DnsLookup *m_lookup = nullptr;
    QList<QHostAddress> m_addresses; ///< still to try, for a direct connection
    QTimer m_timer;
    QByteArray m_host;
    quint16 m_port = 0;
    bool m_done = false;
};

/** Records where @p route sends the connection in a traffic record. */
void setDecision(TrafficEvent &event, const Route &route);

/** Configures a relay socket: no Nagle delay (16 KiB responses stall 40 ms without it), keep-alive,
 *  and a bounded read buffer so a slow peer applies backpressure instead of growing memory. */
void configureRelaySocket(QTcpSocket *socket, qint64 readBufferBytes);

} // namespace Veil
