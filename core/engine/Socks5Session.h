#pragma once

#include "engine/Dialer.h"
#include "engine/EngineContext.h"
#include "socks/Socks5Handshake.h"
#include "traffic/TrafficRecorder.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Veil {

class Tunnel;

/** One SOCKS5 client: handshake (RFC 1928/1929), dial, reply, then a Tunnel. */
class Socks5Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Socks5Session)

public:
    Socks5Session(QTcpSocket *client, EngineContextPtr context, QObject *parent = nullptr);

    void start();
    /** Graceful shutdown: a session still negotiating is closed; a tunnel runs to its end. */
    void beginShutdown();
    /** As HttpSession::closeIfRouteChanged(): ends a tunnel whose route @p router no longer allows. */
    bool closeIfRouteChanged(const Router &router);
    /** As HttpSession::closeIfTraffic(): the user closes live connection @p id. */
    bool closeIfTraffic(quint64 id, const QString &why);

Q_SIGNALS:
    void finished();

private:
    void onReadyRead();
    void onDialed();
    void onDialFailed(DialFailure failure, const QString &message);
    void fail(Socks5::Reply reply, const QString &error);
    void abortNow(const QString &why);
    void finish();

    EngineContextPtr m_context;
    QPointer<QTcpSocket> m_client; ///< null once a relayed tunnel has taken its descriptor
    Socks5::ServerHandshake m_handshake;
    QByteArray m_pending; ///< unconsumed client bytes: a partial phase, then early tunnel data
    Dialer *m_dialer = nullptr;
    Tunnel *m_tunnel = nullptr;
    Route m_route; ///< where the tunnel goes, once dialing started
    TrafficRecorder m_record;
    QTimer m_timer;
    bool m_finished = false;
};

} // namespace Veil
