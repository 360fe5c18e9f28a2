#pragma once

#include "engine/EngineContext.h"
#include "engine/EpollRelay.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Veil {

/**
 * Relays bytes both ways between two connected sockets (CONNECT, SOCKS5, HTTP Upgrade).
 * Each direction keeps at most `window` bytes queued on the sink: it stops reading the source
 * while the sink's bytesToWrite() is above it and resumes on bytesWritten, so a slow reader costs
 * bounded memory (DESIGN.md, Streaming). Takes ownership of both sockets.
 *
 * Where the thread has an EpollRelay (Linux workers) and both sockets are plain TCP, the
 * descriptors are handed to it at start() and the QTcpSockets are closed: the relay moves the
 * bytes with the same window and idle timeout, at a fraction of the CPU and memory.
 */
class Tunnel final : public QObject, private RelayObserver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Tunnel)

public:
    /**
     * @p clientPending / @p upstreamPending are bytes already read from one side that must reach
     * the other first (pipelined data after a CONNECT head, early server bytes after a 101).
     */
    Tunnel(QTcpSocket *client, QTcpSocket *upstream, qint64 window, int idleTimeoutMs,
           QObject *parent = nullptr);

    void start(QByteArray clientPending = {}, QByteArray upstreamPending = {});
    /** Adds relayed bytes to @p stats as they flow (for live throughput), not only at the end. */
    void setStats(EngineStats *stats) { m_stats = stats; }
    /** Closes both sides now. */
    void abort(const QString &reason);

    qint64 bytesUp() const;
    qint64 bytesDown() const;
    /** True when the bytes flow through the thread's EpollRelay. */
    bool isRelayed() const { return m_relayId != 0; }
    ~Tunnel() override;

Q_SIGNALS:
    /** Emitted once when both sides are closed; @p error is empty on a clean close. */
    void finished(const QString &error);

private:
    struct Direction
    {
        QTcpSocket *source = nullptr;
        QTcpSocket *sink = nullptr;
        qint64 bytes = 0;
        bool sourceClosed = false;
        bool pumping = false; ///< re-entrancy guard (flush() emits bytesWritten synchronously)
    };

    bool startOnRelay(QByteArray &clientPending, QByteArray &upstreamPending);
    void relayFinished(const QString &error, qint64 bytesUp, qint64 bytesDown) override;
    void pump(Direction &d);
    void onSourceClosed(Direction &d);
    void checkDone();
    void touch();

    Direction m_up;   // client → upstream
    Direction m_down; // upstream → client
    qint64 m_window;
    QTimer m_idle;
    QPointer<EpollRelay> m_relay;
    EngineStats *m_stats = nullptr;
    quint64 m_relayId = 0;
    bool m_finished = false;
};

} // namespace Veil
