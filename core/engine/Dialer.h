#pragma once

#include "engine/EngineContext.h"

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Veil {

/** Why an upstream connection could not be made; sessions map it to 502/504/SOCKS replies. */
enum class DialFailure : std::uint8_t
{
    None,
    HostNotFound,
    Refused,
    NetworkUnreachable,
    Timeout,
    Loop,
    Other
};

/**
 * Opens the upstream connection for one session. Today it dials directly (system resolver through
 * QTcpSocket); the exits issue adds upstream proxies behind the same interface. Emits exactly one
 * of connected() or failed().
 */
class Dialer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dialer)

public:
    Dialer(EngineContextPtr context, QObject *parent = nullptr);
    ~Dialer() override;

    void dial(const QByteArray &host, quint16 port);
    /** Hands the connected socket to the caller (who becomes its parent). */
    QTcpSocket *takeSocket();
    void abort();

Q_SIGNALS:
    void connected();
    void failed(Veil::DialFailure failure, const QString &message);

private:
    void onConnected();
    void onError(QAbstractSocket::SocketError error);
    void onTimeout();
    void fail(DialFailure failure, const QString &message);

    EngineContextPtr m_context;
    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    QByteArray m_host;
    quint16 m_port = 0;
    bool m_done = false;
};

/** Configures a relay socket: no Nagle delay (16 KiB responses stall 40 ms without it), keep-alive,
 *  and a bounded read buffer so a slow peer applies backpressure instead of growing memory. */
void configureRelaySocket(QTcpSocket *socket, qint64 readBufferBytes);

} // namespace Veil
